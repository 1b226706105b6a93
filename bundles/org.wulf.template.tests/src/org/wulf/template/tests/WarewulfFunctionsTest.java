package org.wulf.template.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wulf.template.Template;
import org.wulf.template.TemplateException;
import org.wulf.template.warewulf.FileSystemOverlayHost;
import org.wulf.template.warewulf.RenderResult;
import org.wulf.template.warewulf.RenderedFile;
import org.wulf.template.warewulf.WarewulfRenderer;

/** Warewulf's overlay functions over real files in a temporary directory. */
class WarewulfFunctionsTest {
    @TempDir
    Path tmp;
    Path conf;
    Path images;
    WarewulfRenderer renderer;

    @BeforeEach
    void setUp() throws Exception {
        conf = Files.createDirectories(tmp.resolve("etc/warewulf"));
        images = Files.createDirectories(tmp.resolve("images"));
        renderer = new WarewulfRenderer(new FileSystemOverlayHost(conf, name -> {
            Path root = images.resolve(name).resolve("rootfs");
            return Files.isDirectory(root) ? root : null;
        }));
    }

    private RenderResult render(String path, String text, Object data) throws TemplateException {
        return renderer.render(path, text, data);
    }

    private String single(String text, Object data) throws TemplateException {
        RenderResult r = render("/etc/x.ww", text, data);
        assertEquals(1, r.files().size(), () -> "files: " + r.files());
        assertEquals("/etc/x", r.files().get(0).path());
        return r.files().get(0).text();
    }

    @Test
    void includeReadsServerFilesRelativeToTheConfigDirectoryAndTrimsOneNewline() throws Exception {
        Files.writeString(conf.resolve("motd"), "welcome\n\n");
        Path abs = Files.writeString(tmp.resolve("abs.txt"), "absolute {{ .NotTemplated }}\n");
        assertEquals("[welcome\n] [absolute {{ .NotTemplated }}] []",
                single("[{{ Include \"motd\" }}] [{{ Include \"" + abs + "\" }}] [{{ Include \"missing\" }}]",
                        Map.of()));
    }

    @Test
    void includeFromReadsTheImageAndReturnsEmptyWhenMissing() throws Exception {
        Path etc = Files.createDirectories(images.resolve("rocky-9/rootfs/etc"));
        Files.writeString(etc.resolve("os-release"), "NAME=\"Rocky Linux\"\n");
        Map<String, Object> data = Map.of("ImageName", "rocky-9");
        assertEquals("NAME=\"Rocky Linux\"|||",
                single("{{ IncludeFrom .ImageName \"/etc/os-release\" }}|{{ IncludeFrom .ImageName \"/etc/none\" }}|"
                        + "{{ IncludeFrom \"nosuchimage\" \"/etc/os-release\" }}|{{ IncludeFrom \"rocky-9\" \"../../x\" }}",
                        data));
    }

    @Test
    void includeBlockStopsAtTheMarkerLineAndAppendsTheMarker() throws Exception {
        Files.writeString(conf.resolve("hosts"), "127.0.0.1 localhost\r\n::1 localhost\n# Do not edit after this line\nold\n");
        assertEquals("127.0.0.1 localhost\n::1 localhost\n# Do not edit after this line\nnew",
                single("{{ IncludeBlock \"hosts\" \"# Do not edit after this line\" }}\nnew", Map.of()));
        assertEquals("MARK", single("{{ IncludeBlock \"absent\" \"MARK\" }}", Map.of()));
    }

    @Test
    void basenameIncDec() throws Exception {
        assertEquals("hosts.ww 4 2 0", single("{{ basename \"/etc/hosts.ww\" }} {{ inc 3 }} {{ dec 3 }} {{ 1 | dec }}",
                Map.of()));
    }

    @Test
    void fileSplitsOutputRelativeToTheTemplateDirectory() throws Exception {
        RenderResult r = render("/etc/sysconfig/network-scripts/ifcfg.ww",
                "{{- range $name, $ip := .Devs -}}\n{{ file (print \"ifcfg-\" $name) }}\nDEVICE={{ $name }}\nIPADDR={{ $ip }}\n"
                        + "{{ end -}}\n{{ file \"/etc/absolute.conf\" }} trailing text on the marker line is dropped\nabs\n",
                Map.of("Devs", new java.util.TreeMap<>(Map.of("eth0", "10.0.0.1", "ib0", "10.1.0.1"))));
        assertEquals(List.of("/etc/sysconfig/network-scripts/ifcfg-eth0", "/etc/sysconfig/network-scripts/ifcfg-ib0",
                "/etc/absolute.conf"), r.files().stream().map(RenderedFile::path).toList());
        assertEquals("DEVICE=eth0\nIPADDR=10.0.0.1\n", r.file("/etc/sysconfig/network-scripts/ifcfg-eth0").text());
        assertEquals("DEVICE=ib0\nIPADDR=10.1.0.1\n", r.file("/etc/sysconfig/network-scripts/ifcfg-ib0").text());
        assertEquals("abs\n", r.file("/etc/absolute.conf").text());
        assertTrue(r.backup());
        assertFalse(r.aborted());
    }

    @Test
    void textBeforeTheFirstFileMarkerStartsTheFirstFileAsInWarewulf() throws Exception {
        RenderResult r = render("/etc/a.ww", "header\n{{ file \"one\" }}\nbody\n", Map.of());
        assertEquals(1, r.files().size());
        assertEquals("/etc/one", r.files().get(0).path());
        assertEquals("header\nbody\n", r.files().get(0).text());
    }

    @Test
    void softlinkTurnsTheCurrentOutputIntoALink() throws Exception {
        RenderResult r = render("/etc/localtime.ww", "ignored\n{{ softlink \"/usr/share/zoneinfo/UTC\" }}\nalso ignored\n",
                Map.of());
        assertEquals(1, r.files().size());
        RenderedFile f = r.files().get(0);
        assertEquals("/etc/localtime", f.path());
        assertEquals("/usr/share/zoneinfo/UTC", f.symlinkTarget());
        assertTrue(f.isSymlink());

        RenderResult mixed = render("/etc/d/t.ww", "{{ file \"link\" }}\n{{ softlink \"target\" }}\n{{ file \"plain\" }}\n"
                + "text\n", Map.of());
        assertEquals("target", mixed.file("/etc/d/link").symlinkTarget());
        assertEquals("text\n", mixed.file("/etc/d/plain").text());
    }

    @Test
    void importLinkAndReadlinkResolveRealSymlinks() throws Exception {
        Path zone = Files.writeString(Files.createDirectories(tmp.resolve("zoneinfo/Europe")).resolve("Berlin"), "TZif");
        Path link = Files.createSymbolicLink(tmp.resolve("localtime"), zone);
        RenderResult r = render("/etc/localtime.ww", "{{ ImportLink \"" + link + "\" }}", Map.of());
        assertEquals(zone.toRealPath().toString(), r.files().get(0).symlinkTarget());
        assertEquals(zone.toRealPath().toString(), single("{{ readlink \"" + link + "\" }}", Map.of()));
        // Warewulf prints the word "abort" when ImportLink cannot resolve
        assertEquals("abort", single("{{ ImportLink \"" + tmp.resolve("nothing") + "\" }}", Map.of()));
        TemplateException e = assertThrows(TemplateException.class,
                () -> render("/etc/x.ww", "\n{{ readlink \"/no/such/link\" }}", Map.of()));
        assertEquals("/etc/x.ww", e.file());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("no such file or directory"), e.getMessage());
    }

    @Test
    void abortWritesNothingAndNobackupIsReported() throws Exception {
        RenderResult aborted = render("/etc/x.ww", "content{{ if not .Enabled }}{{ abort }}{{ end }}",
                Map.of("Enabled", false));
        assertTrue(aborted.aborted());
        assertTrue(aborted.files().isEmpty());
        RenderResult kept = render("/etc/x.ww", "content{{ nobackup }}", Map.of());
        assertFalse(kept.backup());
        assertEquals("content", kept.files().get(0).text());
    }

    @Test
    void uniqueFieldKeepsTheFirstLinePerKey() throws Exception {
        String passwd = "root:x:0:0::/root:/bin/bash\nuser:x:1000:1000::/home/user:/bin/sh\n\nroot:x:0:0:dup:/:/bin/false\n"
                + "user:x:1001:1001::/:/bin/sh\nnocolon\n";
        Map<String, Object> data = Map.of("P", passwd);
        assertEquals("root:x:0:0::/root:/bin/bash\nuser:x:1000:1000::/home/user:/bin/sh\n\nnocolon\n",
                single("{{ UniqueField \":\" 0 .P }}", data));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "foo/bar|foo-bar|foo-bar",
        "/mnt/scratch|-mnt-scratch|mnt-scratch",
        "/|-|-",
        "//a//b/|--a--b-|a-b",
        ".hidden|\\x2ehidden|\\x2ehidden",
        "a.b_c:d|a.b_c:d|a.b_c:d",
        "with space|with\\x20space|with\\x20space",
        "dash-x|dash\\x2dx|dash\\x2dx",
        "é|\\xc3\\xa9|\\xc3\\xa9"})
    void systemdEscapingFollowsGoSystemd(String input, String escaped, String escapedPath) throws Exception {
        Map<String, Object> data = Map.of("S", input);
        assertEquals(escaped + "|" + escapedPath, single("{{ SystemdEscape .S }}|{{ SystemdEscapePath .S }}", data));
    }

    @Test
    void ignitionJsonIsEmptyWithoutDisksAndStructuredWithThem() throws Exception {
        assertEquals("[]", single("[{{ IgnitionJson }}]", Map.of()));
        Map<String, Object> scratch = new LinkedHashMap<>();
        scratch.put("Number", "1");
        scratch.put("SizeMiB", "1024");
        scratch.put("ShouldExist", true);
        Map<String, Object> swap = new LinkedHashMap<>();
        swap.put("Number", "2");
        swap.put("WipePartitionEntry", true);
        Map<String, Object> disk = Map.of("WipeTable", true, "Partitions", Map.of("swap", swap, "scratch", scratch));
        Map<String, Object> fs1 = Map.of("Format", "btrfs", "Path", "/scratch", "WipeFileSystem", true,
                "MountOptions", "defaults,noatime");
        Map<String, Object> fs2 = Map.of("Format", "swap");
        Map<String, Object> data = Map.of("Disks", Map.of("/dev/vda", disk), "FileSystems",
                Map.of("/dev/disk/by-partlabel/swap", fs2, "/dev/disk/by-partlabel/scratch", fs1));
        assertEquals("{\"ignition\":{\"version\":\"3.1.0\"},\"storage\":{\"disks\":[{\"device\":\"/dev/vda\","
                + "\"partitions\":[{\"label\":\"scratch\",\"number\":1,\"shouldExist\":true,\"sizeMiB\":1024,"
                + "\"wipePartitionEntry\":false},{\"label\":\"swap\",\"number\":2,\"shouldExist\":false,"
                + "\"wipePartitionEntry\":true}],\"wipeTable\":true}],\"filesystems\":[{\"device\":"
                + "\"/dev/disk/by-partlabel/scratch\",\"format\":\"btrfs\",\"mountOptions\":[\"defaults\",\"noatime\"],"
                + "\"path\":\"/scratch\",\"wipeFilesystem\":true},{\"device\":\"/dev/disk/by-partlabel/swap\","
                + "\"format\":\"swap\",\"path\":\"\",\"wipeFilesystem\":false}]}}",
                single("{{ IgnitionJson }}", data));
    }

    @Test
    void ignitionJsonRejectsNonNumericSizesNamingThePartition() {
        Map<String, Object> data = Map.of("Disks", Map.of("/dev/sda", Map.of("Partitions",
                Map.of("var", Map.of("SizeMiB", "lots")))));
        TemplateException e = assertThrows(TemplateException.class,
                () -> render("/etc/ignition.ww", "{{ IgnitionJson }}", data));
        assertTrue(e.getMessage().contains("disk /dev/sda partition var: SizeMiB is \"lots\""), e.getMessage());
    }

    @Test
    void warewulfFunctionsParseWithoutRendering() throws Exception {
        Template t = Template.parse("/etc/x.ww", "{{/* wwdoc: shows x */}}{{ file \"a\" }}{{ IgnitionJson }}",
                renderer.functions());
        assertEquals("wwdoc: shows x", t.comments().get(0).text());
        assertNull(renderer.functions().get("nosuch"));
    }
}
