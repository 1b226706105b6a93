package org.wulf.template.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.template.Functions;
import org.wulf.template.StatefulFunction;
import org.wulf.template.Template;
import org.wulf.template.warewulf.FileSystemOverlayHost;
import org.wulf.template.warewulf.OverlayTemplate;
import org.wulf.template.warewulf.RenderResult;
import org.wulf.template.warewulf.RenderedFile;
import org.wulf.template.warewulf.WarewulfRenderer;

/** A template parsed once and executed many times, each execution with its own state. */
class ParseOnceRenderManyTest {
    private static final String PER_DEVICE = """
            {{- if .Skip }}{{ abort }}{{ end -}}
            {{- if .NoBackup }}{{ nobackup }}{{ end -}}
            {{- range $name, $dev := .NetDevs }}{{ file (print "ifcfg-" $name) }}
            DEVICE={{ $name }}
            IPADDR={{ $dev.Ipaddr }}
            {{ end -}}
            """;

    @TempDir
    Path tmp;

    private WarewulfRenderer renderer() throws Exception {
        Path conf = Files.createDirectories(tmp.resolve("etc/warewulf"));
        Files.writeString(conf.resolve("motd"), "hello\n");
        return new WarewulfRenderer(new FileSystemOverlayHost(conf, name -> null));
    }

    @Test
    void oneParsedTemplateGivesIndependentFilesAbortAndBackupForTwoDataSets() throws Exception {
        WarewulfRenderer renderer = renderer();
        OverlayTemplate parsed = WarewulfRenderer.parse("/etc/sysconfig/network-scripts/ifcfg.ww", PER_DEVICE);

        RenderResult first = renderer.render(parsed, Map.of("Skip", false, "NoBackup", true, "NetDevs",
                Map.of("eth0", Map.of("Ipaddr", "10.0.0.1"), "ib0", Map.of("Ipaddr", "10.1.0.1"))));
        RenderResult second = renderer.render(parsed, Map.of("Skip", false, "NoBackup", false, "NetDevs",
                Map.of("eth1", Map.of("Ipaddr", "10.0.0.2"))));
        RenderResult third = renderer.render(parsed, Map.of("Skip", true, "NoBackup", false, "NetDevs", Map.of()));
        RenderResult fourth = renderer.render(parsed, Map.of("Skip", false, "NoBackup", false, "NetDevs",
                Map.of("eth2", Map.of("Ipaddr", "10.0.0.3"))));

        assertEquals(List.of("/etc/sysconfig/network-scripts/ifcfg-eth0", "/etc/sysconfig/network-scripts/ifcfg-ib0"),
                first.files().stream().map(RenderedFile::path).toList());
        assertEquals("DEVICE=ib0\nIPADDR=10.1.0.1\n", first.files().get(1).text());
        assertFalse(first.backup());
        assertFalse(first.aborted());

        assertEquals(1, second.files().size());
        assertEquals("/etc/sysconfig/network-scripts/ifcfg-eth1", second.files().get(0).path());
        assertEquals("DEVICE=eth1\nIPADDR=10.0.0.2\n", second.files().get(0).text());
        assertTrue(second.backup(), "nobackup of the first rendering must not leak into the second");

        assertTrue(third.aborted());
        assertTrue(third.files().isEmpty());
        assertFalse(fourth.aborted(), "abort of the third rendering must not leak into the fourth");
        assertEquals("DEVICE=eth2\nIPADDR=10.0.0.3\n", fourth.files().get(0).text());
    }

    @Test
    void aParsedTemplateRendersTheSameAsParsingEachTimeAndReadsThroughEachRenderersHost() throws Exception {
        WarewulfRenderer renderer = renderer();
        String text = "{{ Include \"motd\" }} {{ .Id }}\n";
        OverlayTemplate parsed = WarewulfRenderer.parse("/etc/motd.ww", text);
        Object data = Map.of("Id", "n1");
        assertEquals(renderer.render("/etc/motd.ww", text, data).files().get(0).text(),
                renderer.render(parsed, data).files().get(0).text());
        assertEquals("hello n1\n", renderer.render(parsed, data).files().get(0).text());
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("motd"), "other host\n");
        assertEquals("other host n1\n", new WarewulfRenderer(new FileSystemOverlayHost(other, name -> null))
                .render(parsed, data).files().get(0).text());
    }

    @Test
    void oneParsedTemplateRendersConcurrentlyWithoutMixingNodes() throws Exception {
        WarewulfRenderer renderer = renderer();
        OverlayTemplate parsed = WarewulfRenderer.parse("/etc/sysconfig/network-scripts/ifcfg.ww", PER_DEVICE);
        int threads = 4;
        int perThread = 300;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<String> problems = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        int n = thread * perThread + i;
                        boolean skip = n % 3 == 0;
                        boolean noBackup = n % 5 == 0;
                        RenderResult r = renderer.render(parsed, Map.of("Skip", skip, "NoBackup", noBackup, "NetDevs",
                                Map.of("eth" + n, Map.of("Ipaddr", "10.0." + n / 256 + "." + n % 256))));
                        if (r.aborted() != skip || r.backup() == noBackup) {
                            problems.add("node " + n + ": aborted " + r.aborted() + ", backup " + r.backup());
                        } else if (!skip && !r.files().get(0).text()
                                .equals("DEVICE=eth" + n + "\nIPADDR=10.0." + n / 256 + "." + n % 256 + "\n")) {
                            problems.add("node " + n + ": " + r.files());
                        }
                    }
                    return problems;
                }));
            }
            start.countDown();
            List<String> problems = new ArrayList<>();
            for (Future<List<String>> f : futures) {
                problems.addAll(f.get(5, TimeUnit.MINUTES));
            }
            assertEquals(List.of(), problems);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void statefulFunctionsReceiveTheStateOfTheirOwnExecution() throws Exception {
        Functions functions = Functions.standard().with("note", (StatefulFunction) (state, args) -> {
            ((StringBuilder) state).append(args.get(0));
            return "";
        });
        Template t = Template.parse("t", "{{ note .A }}{{ note .B }}{{ .A }}", functions);
        StringBuilder one = new StringBuilder();
        StringBuilder two = new StringBuilder();
        StringWriter out = new StringWriter();
        t.execute(out, Map.of("A", "x", "B", "y"), one);
        assertEquals("p", t.execute(Map.of("A", "p", "B", "q"), two));
        assertEquals("xy", one.toString());
        assertEquals("pq", two.toString());
        assertEquals("x", out.toString());
    }

    @Test
    void addingAFunctionLayersOverTheTableWithoutChangingIt() {
        Functions base = Functions.standard();
        Functions one = base.with("alpha1", args -> 1);
        Functions two = one.with("beta2", args -> 2).with("upper", args -> "replaced");
        assertNull(base.get("alpha1"));
        assertNull(one.get("beta2"));
        assertTrue(two.names().containsAll(List.of("alpha1", "beta2", "printf", "upper")));
        assertEquals(base.names().size() + 2, two.names().size());
        assertSame(base.get("printf"), two.get("printf"));
        assertEquals(base.get("upper"), one.get("upper"));
        assertFalse(two.get("upper") == base.get("upper"));
    }
}
