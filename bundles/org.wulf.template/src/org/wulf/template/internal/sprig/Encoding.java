package org.wulf.template.internal.sprig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import org.wulf.template.TemplateException;
import org.wulf.template.TemplateFunction;
import org.wulf.template.internal.Args;

/** toJson, toPrettyJson, fromJson, toYaml, b64enc, b64dec, sha256sum, sha1sum. */
final class Encoding {
    private Encoding() {
    }

    static void register(Map<String, TemplateFunction> f) {
        f.put("toJson", args -> {
            Args.count("toJson", args, 1);
            return Json.encode(args.get(0), "");
        });
        f.put("toPrettyJson", args -> {
            Args.count("toPrettyJson", args, 1);
            return Json.encode(args.get(0), "  ");
        });
        f.put("fromJson", args -> {
            Args.count("fromJson", args, 1);
            try {
                return Json.decode(Args.string("fromJson", args, 0));
            } catch (IllegalArgumentException e) {
                return null; // sprig's fromJson ignores the error (mustFromJson reports it)
            }
        });
        f.put("mustFromJson", args -> {
            Args.count("mustFromJson", args, 1);
            try {
                return Json.decode(Args.string("mustFromJson", args, 0));
            } catch (IllegalArgumentException e) {
                throw new TemplateException(e.getMessage());
            }
        });
        f.put("toYaml", args -> {
            Args.count("toYaml", args, 1);
            String y = Yaml.encode(args.get(0));
            return y.endsWith("\n") ? y.substring(0, y.length() - 1) : y;
        });
        f.put("b64enc", args -> {
            Args.count("b64enc", args, 1);
            return Base64.getEncoder().encodeToString(Args.string("b64enc", args, 0).getBytes(StandardCharsets.UTF_8));
        });
        f.put("b64dec", args -> {
            Args.count("b64dec", args, 1);
            String s = Args.string("b64dec", args, 0);
            try {
                return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return "illegal base64 data at input byte " + firstBadByte(s); // sprig returns the error text
            }
        });
        f.put("sha256sum", args -> digest("sha256sum", "SHA-256", args.size() == 1 ? args : null, args));
        f.put("sha1sum", args -> digest("sha1sum", "SHA-1", args.size() == 1 ? args : null, args));
    }

    private static Object digest(String fn, String algorithm, Object ok, java.util.List<Object> args)
            throws TemplateException {
        Args.count(fn, args, 1);
        try {
            byte[] d = MessageDigest.getInstance(algorithm)
                    .digest(Args.string(fn, args, 0).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new TemplateException(algorithm + " is not available in this JVM");
        }
    }

    private static int firstBadByte(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean valid = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+'
                    || c == '/' || c == '=';
            if (!valid) {
                return i;
            }
        }
        return Math.max(0, s.length() - s.length() % 4);
    }
}
