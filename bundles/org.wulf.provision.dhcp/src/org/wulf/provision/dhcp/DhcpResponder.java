package org.wulf.provision.dhcp;

import java.net.Inet4Address;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.wulf.provision.dhcp.DhcpEvent.Kind;
import org.wulf.provision.dhcp.DhcpSettings.Mode;

/**
 * The DHCP decisions, without sockets: which address a client gets, which boot file, and where the
 * reply goes. Known nodes get their address from the model; other machines get one from the pool;
 * firmware PXE clients get the iPXE binary for their architecture over TFTP; iPXE gets the URL of
 * its script over HTTP (which ends the chainload loop) and is told not to wait for ProxyDHCP.
 */
public final class DhcpResponder {

	/** A reply and where to send it. */
	public record Reply(DhcpMessage message, Inet4Address target, int port) {
	}

	private static final Inet4Address BROADCAST = DhcpMessage.toAddress(0xffffffff);

	private final DhcpSettings settings;
	private final Supplier<DhcpHosts> hosts;
	private final LeaseTable leases;
	private final Consumer<DhcpEvent> events;

	public DhcpResponder(DhcpSettings settings, Supplier<DhcpHosts> hosts, LeaseTable leases, Consumer<DhcpEvent> events) {
		this.settings = settings;
		this.hosts = hosts;
		this.leases = leases;
		this.events = events;
	}

	/**
	 * @param request   a decoded request
	 * @param proxyPort whether it arrived on the ProxyDHCP boot-server port (4011)
	 * @return the reply, or empty when the server stays silent
	 */
	public Optional<Reply> respond(DhcpMessage request, boolean proxyPort) {
		if (request.op != DhcpMessage.BOOTREQUEST) {
			return Optional.empty();
		}
		if (request.htype != 1 || request.hlen != 6) {
			return ignore(request, "hardware type " + request.htype + "/length " + request.hlen + " is not Ethernet");
		}
		MessageType type = request.type();
		if (type == null) {
			return ignore(request, "BOOTP without a DHCP message type is not served");
		}
		if (settings.mode() == Mode.PROXY || proxyPort) {
			return proxy(request, type, proxyPort);
		}
		return switch (type) {
		case DISCOVER -> discover(request);
		case REQUEST -> request(request);
		case RELEASE -> {
			if (request.addressOption(DhcpOption.SERVER_ID).filter(settings.serverAddress()::equals).isPresent()) {
				leases.release(request.mac());
				emit(Kind.RELEASE, request, DhcpMessage.toAddress(request.ciaddr), null, null);
			}
			yield Optional.empty();
		}
		case DECLINE -> {
			Optional<Inet4Address> address = request.addressOption(DhcpOption.REQUESTED_IP);
			address.ifPresent(a -> leases.decline(request.mac(), a));
			emit(Kind.DECLINE, request, address.orElse(null), null, "the client found the address in use");
			yield Optional.empty();
		}
		case INFORM -> inform(request);
		default -> ignore(request, type + " is a server message");
		};
	}

	private Optional<Reply> discover(DhcpMessage request) {
		String mac = request.mac();
		Optional<StaticHost> host = hosts.get().byMac(mac);
		Inet4Address address;
		if (host.isPresent()) {
			address = host.get().address();
		} else {
			if (settings.poolStart() == null) {
				return ignore(request, "unknown MAC and no dynamic pool (set a DHCP range for discovery)");
			}
			Optional<Inet4Address> chosen = leases.choose(mac, request.addressOption(DhcpOption.REQUESTED_IP).orElse(null),
					DhcpMessage.toInt(settings.poolStart()), DhcpMessage.toInt(settings.poolEnd()),
					ip -> !hosts.get().isReserved(DhcpMessage.toAddress(ip)) && ip != serverInt());
			if (chosen.isEmpty()) {
				return ignore(request, "the dynamic pool " + settings.poolStart().getHostAddress() + "-"
						+ settings.poolEnd().getHostAddress() + " is exhausted");
			}
			address = chosen.get();
			leases.hold(mac, address);
		}
		DhcpMessage offer = reply(request, MessageType.OFFER, address, host.orElse(null));
		emit(Kind.OFFER, request, address, host.orElse(null), offer.file);
		return Optional.of(target(request, offer));
	}

	private Optional<Reply> request(DhcpMessage request) {
		String mac = request.mac();
		Optional<Inet4Address> serverId = request.addressOption(DhcpOption.SERVER_ID);
		if (serverId.isPresent() && !serverId.get().equals(settings.serverAddress())) {
			leases.dropOffer(mac); // SELECTING another server's offer
			return Optional.empty();
		}
		Inet4Address wanted = request.addressOption(DhcpOption.REQUESTED_IP)
				.orElse(request.ciaddr != 0 ? DhcpMessage.toAddress(request.ciaddr) : null);
		if (wanted == null) {
			return ignore(request, "REQUEST names no address (neither option 50 nor ciaddr)");
		}
		Optional<StaticHost> host = hosts.get().byMac(mac);
		String problem = null;
		if (host.isPresent()) {
			if (!host.get().address().equals(wanted)) {
				problem = "the model gives " + mac + " the address " + host.get().address().getHostAddress();
			}
		} else if (!inPool(wanted)) {
			problem = wanted.getHostAddress() + " is not in the dynamic pool";
		} else if (hosts.get().isReserved(wanted) || !leases.canBind(mac, wanted)) {
			problem = wanted.getHostAddress() + " belongs to another machine";
		}
		if (problem != null) {
			if (serverId.isEmpty() && !DhcpSettings.sameNetwork(wanted, settings.serverAddress(), settings.netmask())) {
				return ignore(request, "INIT-REBOOT for another network: " + problem);
			}
			DhcpMessage nak = new DhcpMessage();
			header(nak, request);
			nak.type(MessageType.NAK).option(DhcpOption.SERVER_ID, settings.serverAddress()).option(DhcpOption.MESSAGE, problem);
			emit(Kind.NAK, request, wanted, host.orElse(null), problem);
			return Optional.of(new Reply(nak, request.giaddr != 0 ? DhcpMessage.toAddress(request.giaddr) : broadcast(),
					request.giaddr != 0 ? settings.serverPort() : settings.clientPort()));
		}
		if (host.isEmpty()) {
			leases.bind(mac, wanted, settings.leaseTime(), request.stringOption(DhcpOption.HOSTNAME).orElse(null));
		}
		DhcpMessage ack = reply(request, MessageType.ACK, wanted, host.orElse(null));
		emit(Kind.ACK, request, wanted, host.orElse(null), ack.file);
		return Optional.of(target(request, ack));
	}

	private Optional<Reply> inform(DhcpMessage request) {
		DhcpMessage ack = reply(request, MessageType.ACK, null, hosts.get().byMac(request.mac()).orElse(null));
		ack.options().remove(DhcpOption.LEASE_TIME);
		ack.options().remove(DhcpOption.RENEWAL_TIME);
		ack.options().remove(DhcpOption.REBINDING_TIME);
		emit(Kind.INFORM, request, DhcpMessage.toAddress(request.ciaddr), null, null);
		return Optional.of(new Reply(ack, DhcpMessage.toAddress(request.ciaddr), settings.clientPort()));
	}

	/** ProxyDHCP: boot information only, for PXE clients, never an address. */
	private Optional<Reply> proxy(DhcpMessage request, MessageType type, boolean proxyPort) {
		String vendor = request.stringOption(DhcpOption.VENDOR_CLASS).orElse("");
		boolean ipxe = isIpxe(request);
		if (!vendor.startsWith("PXEClient") && !vendor.startsWith("HTTPClient") && !ipxe) {
			return Optional.empty(); // not a PXE client: the network's own DHCP server answers
		}
		MessageType answer;
		if (type == MessageType.DISCOVER && !proxyPort) {
			answer = MessageType.OFFER;
		} else if (type == MessageType.REQUEST && proxyPort) {
			answer = MessageType.ACK;
		} else {
			return Optional.empty();
		}
		DhcpMessage reply = new DhcpMessage();
		header(reply, request);
		reply.type(answer).option(DhcpOption.SERVER_ID, settings.serverAddress());
		reply.option(DhcpOption.VENDOR_CLASS, vendor.startsWith("HTTPClient") ? "HTTPClient" : "PXEClient");
		// PXE discovery control (sub-option 6) = 8: boot the file named here, no menu or discovery
		reply.option(DhcpOption.VENDOR_SPECIFIC, new byte[] { 6, 1, 8, (byte) 255 });
		bootInformation(request, reply, hosts.get().byMac(request.mac()).isPresent());
		emit(answer == MessageType.OFFER ? Kind.PROXY_OFFER : Kind.PROXY_ACK, request, null,
				hosts.get().byMac(request.mac()).orElse(null), reply.file);
		Inet4Address target = proxyPort && request.ciaddr != 0 ? DhcpMessage.toAddress(request.ciaddr) : broadcast();
		return Optional.of(new Reply(reply, target, proxyPort ? settings.clientPort() : settings.clientPort()));
	}

	private DhcpMessage reply(DhcpMessage request, MessageType type, Inet4Address address, StaticHost host) {
		DhcpMessage reply = new DhcpMessage();
		header(reply, request);
		if (address != null) {
			reply.yiaddr = DhcpMessage.toInt(address);
		}
		reply.type(type).option(DhcpOption.SERVER_ID, settings.serverAddress());
		int lease = (int) Math.min(Integer.MAX_VALUE, settings.leaseTime().toSeconds());
		reply.intOption(DhcpOption.LEASE_TIME, lease);
		reply.intOption(DhcpOption.RENEWAL_TIME, lease / 2);
		reply.intOption(DhcpOption.REBINDING_TIME, (int) (lease * 7L / 8));
		Inet4Address netmask = host != null && host.netmask() != null ? host.netmask() : settings.netmask();
		reply.option(DhcpOption.SUBNET_MASK, netmask);
		if (address != null) {
			int mask = DhcpMessage.toInt(netmask);
			reply.option(DhcpOption.BROADCAST_ADDRESS, DhcpMessage.toAddress(DhcpMessage.toInt(address) | ~mask));
		}
		Inet4Address router = host != null && host.gateway() != null ? host.gateway() : settings.router();
		if (router != null) {
			reply.option(DhcpOption.ROUTER, router);
		}
		if (!settings.dnsServers().isEmpty()) {
			reply.option(DhcpOption.DNS_SERVERS, settings.dnsServers().toArray(Inet4Address[]::new));
		}
		if (settings.domain() != null && !settings.domain().isBlank()) {
			reply.option(DhcpOption.DOMAIN_NAME, settings.domain());
		}
		if (host != null) {
			reply.option(DhcpOption.HOSTNAME, host.name());
		}
		bootInformation(request, reply, host != null);
		return reply;
	}

	/** Next server and boot file: the HTTP script for iPXE, the iPXE binary for firmware PXE. */
	private void bootInformation(DhcpMessage request, DhcpMessage reply, boolean known) {
		String vendor = request.stringOption(DhcpOption.VENDOR_CLASS).orElse("");
		boolean pxe = vendor.startsWith("PXEClient") || vendor.startsWith("HTTPClient") || request.has(DhcpOption.CLIENT_ARCH);
		reply.siaddr = serverInt();
		if (isIpxe(request)) {
			reply.file = settings.ipxeScriptUrl().replace("{mac}", request.mac());
			// encapsulated iPXE option 176 "no-pxedhcp" = 1: do not wait for ProxyDHCP offers
			reply.option(DhcpOption.IPXE_ENCAPSULATED, new byte[] { (byte) DhcpOption.IPXE_NO_PXEDHCP, 1, 1 });
		} else if (pxe) {
			ClientArchitecture arch = request.architecture();
			String bootFile = settings.bootFile(arch);
			if (arch.httpBoot() || vendor.startsWith("HTTPClient")) {
				reply.file = settings.bootFileUrl().replace("{file}", bootFile);
				reply.option(DhcpOption.VENDOR_CLASS, "HTTPClient");
			} else {
				reply.file = bootFile;
				reply.sname = settings.serverAddress().getHostAddress();
			}
		}
		if (!reply.file.isEmpty() && reply.file.length() < 128 && request.option(DhcpOption.PARAMETER_LIST)
				.map(list -> contains(list, DhcpOption.BOOTFILE_NAME)).orElse(false)) {
			reply.option(DhcpOption.BOOTFILE_NAME, reply.file);
		}
	}

	private static boolean isIpxe(DhcpMessage request) {
		return request.has(DhcpOption.IPXE_ENCAPSULATED) || request.userClassContains("iPXE");
	}

	private void header(DhcpMessage reply, DhcpMessage request) {
		reply.op = DhcpMessage.BOOTREPLY;
		reply.htype = request.htype;
		reply.hlen = request.hlen;
		reply.xid = request.xid;
		reply.flags = request.flags;
		reply.giaddr = request.giaddr;
		reply.ciaddr = request.ciaddr;
		reply.chaddr = request.chaddr.clone();
	}

	/** RFC 2131 4.1: to the relay, to a configured client, else broadcast (no ARP without raw sockets). */
	private Reply target(DhcpMessage request, DhcpMessage reply) {
		if (request.giaddr != 0) {
			return new Reply(reply, DhcpMessage.toAddress(request.giaddr), settings.serverPort());
		}
		if (request.ciaddr != 0) {
			return new Reply(reply, DhcpMessage.toAddress(request.ciaddr), settings.clientPort());
		}
		return new Reply(reply, broadcast(), settings.clientPort());
	}

	private Inet4Address broadcast() {
		return settings.replyBroadcast() != null ? settings.replyBroadcast() : BROADCAST;
	}

	private boolean inPool(Inet4Address address) {
		if (settings.poolStart() == null) {
			return false;
		}
		int ip = DhcpMessage.toInt(address);
		return Integer.compareUnsigned(ip, DhcpMessage.toInt(settings.poolStart())) >= 0
				&& Integer.compareUnsigned(ip, DhcpMessage.toInt(settings.poolEnd())) <= 0;
	}

	private int serverInt() {
		return DhcpMessage.toInt(settings.serverAddress());
	}

	private static boolean contains(byte[] list, int code) {
		for (byte b : list) {
			if ((b & 0xff) == code) {
				return true;
			}
		}
		return false;
	}

	private Optional<Reply> ignore(DhcpMessage request, String why) {
		emit(Kind.IGNORED, request, null, null, why);
		return Optional.empty();
	}

	private void emit(Kind kind, DhcpMessage request, Inet4Address address, StaticHost host, String detail) {
		boolean withFile = kind == Kind.OFFER || kind == Kind.ACK || kind == Kind.PROXY_OFFER || kind == Kind.PROXY_ACK;
		events.accept(new DhcpEvent(kind, request.mac(), address == null ? null : address.getHostAddress(),
				host == null ? null : host.name(), request.architecture(), isIpxe(request),
				withFile && detail != null && !detail.isEmpty() ? detail : null, withFile ? null : detail));
	}
}
