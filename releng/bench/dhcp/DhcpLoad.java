import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * DHCP load generator for releng/bench/dhcp-bench.sh: N clients with distinct MACs, at most WINDOW
 * in flight. Mode "offer" measures DISCOVER->OFFER; "dora" measures the whole exchange up to ACK.
 * Independent of Wulf's own codec on purpose. Runs with the JDK's source launcher:
 *   java DhcpLoad.java MODE COUNT WINDOW [MAC_PREFIX_BYTE]
 * Prints "RESULT mode=.. done=.. lost=.. seconds=.. per_second=..".
 */
public class DhcpLoad {

	record Pending(int index, long sentNanos, boolean requesting, byte[] offered, byte[] server) {
	}

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		int count = Integer.parseInt(args[1]);
		int window = Integer.parseInt(args[2]);
		int prefix = args.length > 3 ? Integer.parseInt(args[3]) : 0x10;
		boolean dora = mode.equals("dora");
		try (DatagramSocket socket = new DatagramSocket(null)) {
			socket.setReuseAddress(true);
			socket.setBroadcast(true);
			socket.setReceiveBufferSize(4 << 20);
			socket.bind(new InetSocketAddress(68));
			socket.setSoTimeout(200);
			InetSocketAddress server = new InetSocketAddress("255.255.255.255", 67);
			Map<Integer, Pending> inFlight = new HashMap<>();
			int next = 0, done = 0, lost = 0;
			long start = System.nanoTime();
			byte[] buffer = new byte[1500];
			while (done + lost < count) {
				while (inFlight.size() < window && next < count) {
					int index = next++;
					send(socket, server, discover(index, prefix));
					inFlight.put(xid(index), new Pending(index, System.nanoTime(), false, null, null));
				}
				DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
				try {
					socket.receive(packet);
				} catch (SocketTimeoutException e) {
					long now = System.nanoTime();
					var expired = inFlight.entrySet().stream().filter(p -> now - p.getValue().sentNanos() > 2_000_000_000L)
							.map(Map.Entry::getKey).toList();
					lost += expired.size();
					expired.forEach(inFlight::remove);
					continue;
				}
				ByteBuffer reply = ByteBuffer.wrap(packet.getData(), 0, packet.getLength());
				if (packet.getLength() < 240 || reply.get(0) != 2) {
					continue;
				}
				int xid = reply.getInt(4);
				Pending pending = inFlight.get(xid);
				if (pending == null) {
					continue;
				}
				int type = option(reply, 53)[0];
				if (type == 2 && !pending.requesting()) { // OFFER
					if (!dora) {
						inFlight.remove(xid);
						done++;
						continue;
					}
					byte[] offered = new byte[4];
					reply.get(16, offered);
					byte[] serverId = option(reply, 54);
					send(socket, server, request(pending.index(), prefix, offered, serverId));
					inFlight.put(xid, new Pending(pending.index(), pending.sentNanos(), true, offered, serverId));
				} else if (type == 5 && pending.requesting()) { // ACK
					inFlight.remove(xid);
					done++;
				} else if (type == 6) { // NAK
					inFlight.remove(xid);
					lost++;
				}
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("RESULT mode=%s done=%d lost=%d seconds=%.2f per_second=%.0f%n", mode, done, lost, seconds,
					done / seconds);
		}
	}

	static int xid(int index) {
		return 0x5a000000 | index;
	}

	static byte[] base(int index, int prefix, int type) {
		ByteBuffer m = ByteBuffer.allocate(300);
		m.put(0, (byte) 1).put(1, (byte) 1).put(2, (byte) 6);
		m.putInt(4, xid(index));
		m.putShort(10, (short) 0x8000); // broadcast flag: the client has no address yet, so no unicast replies
		m.put(28, (byte) 0x52).put(29, (byte) 0x54).put(30, (byte) prefix);
		m.put(31, (byte) (index >> 16)).put(32, (byte) (index >> 8)).put(33, (byte) index);
		m.putInt(236, 0x63825363);
		m.position(240);
		m.put((byte) 53).put((byte) 1).put((byte) type);
		return m.array();
	}

	static byte[] discover(int index, int prefix) {
		byte[] m = base(index, prefix, 1);
		m[243] = (byte) 255;
		return m;
	}

	static byte[] request(int index, int prefix, byte[] offered, byte[] serverId) {
		ByteBuffer m = ByteBuffer.wrap(base(index, prefix, 3));
		m.position(243);
		m.put((byte) 50).put((byte) 4).put(offered);
		m.put((byte) 54).put((byte) 4).put(serverId);
		m.put((byte) 255);
		return m.array();
	}

	static byte[] option(ByteBuffer reply, int code) {
		int i = 240;
		while (i + 1 < reply.limit()) {
			int c = reply.get(i) & 0xff;
			if (c == 255) {
				break;
			}
			if (c == 0) {
				i++;
				continue;
			}
			int len = reply.get(i + 1) & 0xff;
			if (c == code) {
				byte[] value = new byte[len];
				reply.get(i + 2, value);
				return value;
			}
			i += 2 + len;
		}
		return new byte[] { 0 };
	}

	static void send(DatagramSocket socket, InetSocketAddress to, byte[] data) throws Exception {
		socket.send(new DatagramPacket(data, data.length, to));
	}
}
