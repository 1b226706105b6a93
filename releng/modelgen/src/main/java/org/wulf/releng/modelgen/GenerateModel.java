package org.wulf.releng.modelgen;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates Wulf's EMF code without an Eclipse IDE.
 *
 * The .ecore is the single source of truth. This tool derives the .genmodel from it (the generator
 * settings below are the only other input), writes the .genmodel next to the .ecore so it is
 * checked in, and runs EMF's generator for the model and edit bundles. JMerge keeps every method
 * marked {@code @generated NOT}, so hand-written additions survive.
 */
public final class GenerateModel {

	private static final String MODEL_BUNDLE = "org.wulf.model";
	private static final String EDIT_BUNDLE = "org.wulf.model.edit";

	private GenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		File root = new File(args.length > 0 ? args[0] : ".").getCanonicalFile();
		mapBundle(root, MODEL_BUNDLE);
		mapBundle(root, EDIT_BUNDLE);

		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
		resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

		Resource ecore = resources.getResource(platformUri(MODEL_BUNDLE, "model/wulf.ecore"), true);
		EPackage ePackage = (EPackage) ecore.getContents().get(0);

		GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
		Resource genResource = resources.createResource(platformUri(MODEL_BUNDLE, "model/wulf.genmodel"));
		genResource.getContents().add(genModel);
		genModel.initialize(List.of(ePackage));
		configure(genModel);
		genResource.save(Map.of());

		genModel.reconcile();
		genModel.setCanGenerate(true);
		Diagnostic valid = genModel.diagnose();
		if (valid.getSeverity() == Diagnostic.ERROR) {
			fail("The generator model is invalid", valid);
		}

		Generator generator = new Generator();
		generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		generator.setInput(genModel);
		for (String projectType : new String[] { GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE }) {
			Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
			if (result.getSeverity() == Diagnostic.ERROR) {
				fail("Generating " + projectType + " code failed", result);
			}
		}
		System.out.println("modelgen: generated " + MODEL_BUNDLE + " and " + EDIT_BUNDLE + " from wulf.ecore");
		// EMF keeps a daemon thread that exec:java would interrupt noisily
		System.exit(0);
	}

	private static void configure(GenModel genModel) {
		genModel.setModelName("Wulf");
		genModel.setModelPluginID(MODEL_BUNDLE);
		genModel.setEditPluginID(EDIT_BUNDLE);
		genModel.setModelDirectory("/" + MODEL_BUNDLE + "/src-gen");
		genModel.setEditDirectory("/" + EDIT_BUNDLE + "/src-gen");
		genModel.setEditPluginClass("org.wulf.model.edit.provider.WulfEditPlugin");
		genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
		genModel.setImporterID("org.eclipse.emf.importer.ecore");
		genModel.setOperationReflection(true);
		genModel.setImportOrganizing(true);
		genModel.setCodeFormatting(false);
		genModel.setBundleManifest(true);
		genModel.setUpdateClasspath(false);
		genModel.setCopyrightFields(false);
		genModel.getForeignModel().add("wulf.ecore");
		GenPackage genPackage = genModel.getGenPackages().get(0);
		genPackage.setPrefix("Wulf");
		genPackage.setBasePackage("org.wulf");
		genPackage.setDisposableProviderFactory(true);
	}

	private static void mapBundle(File root, String bundle) {
		File dir = new File(root, "bundles/" + bundle);
		EcorePlugin.getPlatformResourceMap().put(bundle, URI.createFileURI(dir.getAbsolutePath() + "/"));
	}

	private static URI platformUri(String bundle, String path) {
		return URI.createPlatformResourceURI("/" + bundle + "/" + path, true);
	}

	private static void fail(String what, Diagnostic diagnostic) {
		System.err.println("modelgen: " + what + ":");
		print(diagnostic, "  ");
		System.exit(1);
	}

	private static void print(Diagnostic diagnostic, String indent) {
		System.err.println(indent + diagnostic.getMessage());
		for (Diagnostic child : diagnostic.getChildren()) {
			print(child, indent + "  ");
		}
	}
}
