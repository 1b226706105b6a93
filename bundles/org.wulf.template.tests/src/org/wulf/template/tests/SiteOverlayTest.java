package org.wulf.template.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wulf.template.Template;
import org.wulf.template.TemplateComment;
import org.wulf.template.warewulf.FileSystemOverlayHost;
import org.wulf.template.warewulf.RenderResult;
import org.wulf.template.warewulf.RenderedFile;
import org.wulf.template.warewulf.WarewulfRenderer;

/**
 * A site overlay written for these tests (not Warewulf's): /etc/hosts over all nodes and their network
 * devices, ifcfg files split per device with {@code file}, fstab and systemd mount units from resources,
 * /etc/issue from the image with {@code nobackup}, a timezone link, ignition JSON, and a merged passwd.
 * Data is built from Java maps, shaped like Warewulf's template data.
 */
class SiteOverlayTest {
    @TempDir
    Path tmp;
    WarewulfRenderer renderer;
    Map<String, Object> data;

    /** A node-level object with a method, like Warewulf's {@code .ThisNode}. */
    public record ThisNode(String id, Map<String, Map<String, Object>> netDevs) {
        public Map<String, Object> primaryNetDev() {
            return netDevs.values().stream().filter(d -> Boolean.TRUE.equals(d.get("Primary"))).findFirst()
                    .orElse(null);
        }
    }

    static Map<String, Object> netdev(String device, String hwaddr, String ip, String type, boolean primary,
            String gateway) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("Device", device);
        d.put("Hwaddr", hwaddr);
        d.put("Ipaddr", ip);
        d.put("Netmask", "255.255.0.0");
        d.put("Type", type);
        d.put("OnBoot", true);
        d.put("Primary", primary);
        if (gateway != null) {
            d.put("Gateway", gateway);
        }
        return d;
    }

    static Map<String, Object> node(String id, Map<String, Map<String, Object>> netDevs) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("Id", id);
        n.put("NetDevs", netDevs);
        return n;
    }

    @BeforeEach
    void setUp() throws Exception {
        Path conf = Files.createDirectories(tmp.resolve("etc/warewulf"));
        Files.writeString(conf.resolve("authorized_keys"), "ssh-ed25519 AAAA admin@head\n");
        Path rootfs = Files.createDirectories(tmp.resolve("images/rocky-9/rootfs/etc"));
        Files.writeString(rootfs.resolve("os-release"),
                "NAME=\"Rocky Linux\"\nVERSION_ID=\"9.4\"\nPRETTY_NAME=\"Rocky Linux 9.4 (Blue Onyx)\"\n");
        Files.writeString(rootfs.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\nslurm:x:990:990::/:/sbin/nologin\n");
        renderer = new WarewulfRenderer(new FileSystemOverlayHost(conf,
                image -> Files.isDirectory(tmp.resolve("images").resolve(image).resolve("rootfs"))
                        ? tmp.resolve("images").resolve(image).resolve("rootfs") : null));

        Map<String, Map<String, Object>> n1 = new TreeMap<>();
        n1.put("default", netdev("eth0", "AA:BB:CC:00:00:01", "10.0.1.1", "ethernet", true, "10.0.0.254"));
        n1.put("ib", netdev("ib0", "", "10.10.1.1", "infiniband", false, null));
        Map<String, Map<String, Object>> n2 = new TreeMap<>();
        n2.put("default", netdev("eth0", "AA:BB:CC:00:00:02", "10.0.1.2", "ethernet", true, null));
        Map<String, Map<String, Object>> n3 = new TreeMap<>();
        n3.put("default", netdev("eth0", "AA:BB:CC:00:00:03", "", "ethernet", true, null));

        List<Object> fstab = new ArrayList<>();
        fstab.add(Map.of("spec", "10.0.0.1:/home", "file", "/home", "vfstype", "nfs", "mntops", "defaults,nofail"));
        fstab.add(Map.of("spec", "10.0.0.1:/opt/apps", "file", "/opt/apps", "vfstype", "nfs"));
        fstab.add(Map.of("spec", "tmpfs", "file", "/scratch", "vfstype", "tmpfs", "mntops", "size=50%", "freq", 0,
                "passno", 0));

        data = new LinkedHashMap<>();
        data.put("Id", "n1");
        data.put("Hostname", "n1");
        data.put("ClusterName", "hpc");
        data.put("ImageName", "rocky-9");
        data.put("BuildHost", "head");
        data.put("Ipaddr", "10.0.0.1");
        data.put("Kernel", Map.of("Version", "5.14.0-427", "Args", "quiet crashkernel=no"));
        data.put("NetDevs", n1);
        data.put("Tags", Map.of("timezone", "Europe/Berlin"));
        data.put("Resources", Map.of("fstab", fstab));
        data.put("AllNodes", List.of(node("n1", n1), node("n2", n2), node("n3", n3)));
        data.put("ThisNode", new ThisNode("n1", n1));
    }

    private RenderResult render(String path, String text) throws Exception {
        return renderer.render(path, text, data);
    }

    private String only(RenderResult r) {
        assertEquals(1, r.files().size(), () -> "files: " + r.files().stream().map(RenderedFile::path).toList());
        return r.files().get(0).text();
    }

    static final String HOSTS = """
            {{- /* wwdoc: /etc/hosts for every node, from the cluster's node list */ -}}
            # Managed by Wulf for {{ .ClusterName }}; do not edit.
            127.0.0.1   localhost localhost.localdomain
            ::1         localhost localhost.localdomain
            {{ .Ipaddr }}  {{ .BuildHost }} warewulf
            {{- range $node := .AllNodes }}
            {{- range $name, $dev := $node.NetDevs }}
            {{- if $dev.Ipaddr }}
            {{ printf "%-10s" $dev.Ipaddr }} {{ if $dev.Primary }}{{ $node.Id }} {{ end }}{{ $node.Id }}-{{ $name }}
            {{- end }}
            {{- end }}
            {{- end }}
            """;

    @Test
    void hostsListsEveryAddressedDevice() throws Exception {
        RenderResult r = render("/etc/hosts.ww", HOSTS);
        assertEquals("/etc/hosts", r.files().get(0).path());
        assertEquals("""
                # Managed by Wulf for hpc; do not edit.
                127.0.0.1   localhost localhost.localdomain
                ::1         localhost localhost.localdomain
                10.0.0.1  head warewulf
                10.0.1.1   n1 n1-default
                10.10.1.1  n1-ib
                10.0.1.2   n2 n2-default
                """, only(r));
        List<TemplateComment> docs = Template.parse("hosts.ww", HOSTS, renderer.functions()).comments();
        assertEquals("wwdoc: /etc/hosts for every node, from the cluster's node list", docs.get(0).text());
        assertEquals(1, docs.get(0).line());
    }

    static final String IFCFG = """
            {{- range $devname, $netdev := .NetDevs -}}
            {{ file (print "ifcfg-" $netdev.Device) }}
            # {{ $.Id }}: {{ $devname }}
            DEVICE={{ default $devname $netdev.Device }}
            {{- if $netdev.Hwaddr }}
            HWADDR={{ $netdev.Hwaddr | lower }}
            {{- end }}
            BOOTPROTO=static
            ONBOOT={{ if $netdev.OnBoot }}yes{{ else }}no{{ end }}
            IPADDR={{ $netdev.Ipaddr }}
            NETMASK={{ $netdev.Netmask }}
            {{- with $netdev.Gateway }}
            GATEWAY={{ . }}
            {{- end }}
            {{- if eq $netdev.Type "infiniband" }}
            TYPE=InfiniBand
            CONNECTED_MODE=yes
            {{- else }}
            TYPE=Ethernet
            {{- end }}
            DEFROUTE={{ ternary "yes" "no" (eq $devname "default") }}
            {{ end -}}
            """;

    @Test
    void ifcfgWritesOneFilePerNetworkDevice() throws Exception {
        RenderResult r = render("/etc/sysconfig/network-scripts/ifcfg.ww", IFCFG);
        assertEquals(List.of("/etc/sysconfig/network-scripts/ifcfg-eth0", "/etc/sysconfig/network-scripts/ifcfg-ib0"),
                r.files().stream().map(RenderedFile::path).toList());
        assertEquals("""
                # n1: default
                DEVICE=eth0
                HWADDR=aa:bb:cc:00:00:01
                BOOTPROTO=static
                ONBOOT=yes
                IPADDR=10.0.1.1
                NETMASK=255.255.0.0
                GATEWAY=10.0.0.254
                TYPE=Ethernet
                DEFROUTE=yes
                """, r.file("/etc/sysconfig/network-scripts/ifcfg-eth0").text());
        assertEquals("""
                # n1: ib
                DEVICE=ib0
                BOOTPROTO=static
                ONBOOT=yes
                IPADDR=10.10.1.1
                NETMASK=255.255.0.0
                TYPE=InfiniBand
                CONNECTED_MODE=yes
                DEFROUTE=no
                """, r.file("/etc/sysconfig/network-scripts/ifcfg-ib0").text());
    }

    static final String FSTAB = """
            {{- /* .Resources.fstab: the mounts of the node (spec, file, vfstype, mntops, freq, passno) */ -}}
            # fstab for {{ .Id }}
            {{ range $m := index .Resources "fstab" -}}
            {{ $m.spec }} {{ $m.file }} {{ $m.vfstype | default "auto" }} {{ $m.mntops | default "defaults" }} {{ $m.freq | default 0 }} {{ $m.passno | default 0 }}
            {{ end -}}
            """;

    @Test
    void fstabComesFromResources() throws Exception {
        assertEquals("""
                # fstab for n1
                10.0.0.1:/home /home nfs defaults,nofail 0 0
                10.0.0.1:/opt/apps /opt/apps nfs defaults 0 0
                tmpfs /scratch tmpfs size=50% 0 0
                """, only(render("/etc/fstab.ww", FSTAB)));
    }

    static final String MOUNTS = """
            {{- range $m := .Resources.fstab }}
            {{- if eq $m.vfstype "nfs" }}
            {{ file (printf "%s.mount" (SystemdEscapePath $m.file)) }}
            [Unit]
            Description=Mount {{ $m.file }} for {{ $.ClusterName }}

            [Mount]
            What={{ $m.spec }}
            Where={{ $m.file }}
            Type={{ $m.vfstype }}
            Options={{ $m.mntops | default "defaults" }}
            {{- end }}
            {{- end }}
            """;

    @Test
    void systemdMountUnitsAreNamedWithEscapedPaths() throws Exception {
        RenderResult r = render("/etc/systemd/system/mounts.ww", MOUNTS);
        assertEquals(List.of("/etc/systemd/system/home.mount", "/etc/systemd/system/opt-apps.mount"),
                r.files().stream().map(RenderedFile::path).toList());
        assertEquals("[Unit]\nDescription=Mount /opt/apps for hpc\n\n[Mount]\nWhat=10.0.0.1:/opt/apps\n"
                + "Where=/opt/apps\nType=nfs\nOptions=defaults\n", r.file("/etc/systemd/system/opt-apps.mount").text());
        // the newline printed before the first file marker stays in front of the first file, as in Warewulf
        assertEquals("\n[Unit]\nDescription=Mount /home for hpc\n\n[Mount]\nWhat=10.0.0.1:/home\nWhere=/home\n"
                + "Type=nfs\nOptions=defaults,nofail\n", r.file("/etc/systemd/system/home.mount").text());
    }

    static final String ISSUE = """
            {{- nobackup -}}
            {{ $osr := IncludeFrom .ImageName "/etc/os-release" -}}
            {{ regexReplaceAll "(?s).*PRETTY_NAME=\\"([^\\"]*)\\".*" $osr "${1}" }} - {{ .Id }} ({{ .ClusterName | upper }})
            Kernel {{ .Kernel.Version }}{{ with .Kernel.Args }} [{{ . }}]{{ end }}
            Primary {{ .ThisNode.PrimaryNetDev.Device }} {{ (index .NetDevs "default").Ipaddr }}
            """;

    @Test
    void issueReadsTheImageAndAsksForNoBackup() throws Exception {
        RenderResult r = render("/etc/issue.ww", ISSUE);
        assertFalse(r.backup());
        assertEquals("Rocky Linux 9.4 (Blue Onyx) - n1 (HPC)\nKernel 5.14.0-427 [quiet crashkernel=no]\n"
                + "Primary eth0 10.0.1.1\n", only(r));
    }

    static final String LOCALTIME = """
            {{- if .Tags.timezone }}{{ softlink (print "/usr/share/zoneinfo/" .Tags.timezone) }}
            {{- else }}{{ abort }}{{ end }}
            """;

    @Test
    void localtimeIsALinkOrNothing() throws Exception {
        RenderResult r = render("/etc/localtime.ww", LOCALTIME);
        assertEquals("/usr/share/zoneinfo/Europe/Berlin", r.files().get(0).symlinkTarget());
        data.put("Tags", Map.of());
        RenderResult none = render("/etc/localtime.ww", LOCALTIME);
        assertTrue(none.aborted());
        assertTrue(none.files().isEmpty());
    }

    static final String IGNITION = """
            {{- $json := IgnitionJson }}{{ if not $json }}{{ abort }}{{ end }}{{ $json }}
            """;

    @Test
    void ignitionIsSkippedWithoutDisks() throws Exception {
        assertTrue(render("/warewulf/ignition.json.ww", IGNITION).aborted());
        data.put("Disks", Map.of("/dev/sda", Map.of("WipeTable", true,
                "Partitions", Map.of("scratch", Map.of("Number", "1", "ShouldExist", true)))));
        data.put("FileSystems", Map.of("/dev/disk/by-partlabel/scratch",
                Map.of("Format", "xfs", "Path", "/scratch", "WipeFileSystem", true)));
        String json = only(render("/warewulf/ignition.json.ww", IGNITION));
        assertTrue(json.startsWith("{\"ignition\":{\"version\":\"3.1.0\"},\"storage\":{\"disks\":[{\"device\":\"/dev/sda\""),
                json);
        assertTrue(json.endsWith("\"path\":\"/scratch\",\"wipeFilesystem\":true}]}}\n"), json);
    }

    static final String PASSWD = """
            {{- $image := IncludeFrom .ImageName "/etc/passwd" -}}
            {{ UniqueField ":" 0 (print "root:x:0:0:site root:/root:/bin/zsh\\n" $image) }}
            {{ Include "authorized_keys" | printf "# key: %s" }}
            """;

    @Test
    void passwdMergesSiteAndImageEntries() throws Exception {
        assertEquals("root:x:0:0:site root:/root:/bin/zsh\nslurm:x:990:990::/:/sbin/nologin\n"
                + "# key: ssh-ed25519 AAAA admin@head\n", only(render("/etc/passwd.ww", PASSWD)));
    }
}
