package org.wulf.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.wulf.core.nodes.SettingsEdit;

import picocli.CommandLine.Option;

/** The deletion flags of {@code node set} and {@code profile set}, named as {@code wwctl}'s are. */
public final class DeleteOptions {

	@Option(names = "--tagdel", split = ",", paramLabel = "KEY", description = "delete tags")
	List<String> tagDel = new ArrayList<>();
	@Option(names = "--nettagdel", split = ",", paramLabel = "KEY", description = "delete tags of the --netname device")
	List<String> netTagDel = new ArrayList<>();
	@Option(names = "--ipmitagdel", split = ",", paramLabel = "KEY", description = "delete IPMI tags")
	List<String> ipmiTagDel = new ArrayList<>();
	@Option(names = "--netdel", split = ",", paramLabel = "NETNAME", description = "delete network devices")
	List<String> netDel = new ArrayList<>();

	void addTo(SettingsEdit edit) {
		tagDel.forEach(edit::deleteTag);
		netTagDel.forEach(edit::deleteNetTag);
		ipmiTagDel.forEach(edit::deleteIpmiTag);
		netDel.forEach(edit::deleteNetDev);
	}
}
