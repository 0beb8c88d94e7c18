package org.citynet.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of {@code src/test/resources/hostile/cases.tsv}: a request that is wrong on purpose and the
 * answer it must get. Test helper.
 *
 * @param auth    {@code anon}, {@code basic} (the test user) or {@code bearer} (the test API token)
 * @param headers request headers; an explicit Authorization header wins over {@code auth}
 * @param body    the body's bytes, or null for none
 * @param phrase  text the problem's detail must contain (any case), or null for any detail
 */
record HostileCase(String name, String auth, String method, String path, Map<String, String> headers, byte[] body,
                   int status, String phrase) {

    private static final String FOLDER = "/hostile/";
    private static final Pattern REPEAT = Pattern.compile("<<(\\d+)\\*(.*?)>>");

    static List<HostileCase> load() {
        List<HostileCase> cases = new ArrayList<>();
        for (String line : resource("cases.tsv").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                cases.add(parse(line));
            }
        }
        return cases;
    }

    private static HostileCase parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 8) {
            throw new IllegalArgumentException("cases.tsv: expected 8 tab-separated columns, got " + f.length
                    + " in: " + line);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (!f[4].equals("-")) {
            for (String header : f[4].split(" \\| ")) {
                int colon = header.indexOf(": ");
                headers.put(header.substring(0, colon), header.substring(colon + 2));
            }
        }
        byte[] body = f[5].equals("-") ? null : f[5].startsWith("@")
                ? resource("bodies/" + f[5].substring(1)).getBytes(StandardCharsets.UTF_8)
                : expand(f[5]).getBytes(StandardCharsets.UTF_8);
        return new HostileCase(f[0], f[1], f[2], expand(f[3]), headers, body, Integer.parseInt(f[6]),
                f[7].equals("-") ? null : f[7]);
    }

    /** {@code <<N*text>>} becomes text repeated N times. */
    static String expand(String text) {
        Matcher m = REPEAT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2).repeat(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HostileCase.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource hostile/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
