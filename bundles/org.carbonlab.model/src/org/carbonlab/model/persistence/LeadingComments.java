package org.carbonlab.model.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the comments written above the Study element of a hand-edited study file when the file is
 * saved again: EMF serialises the model, not the text, so without this a run that records its
 * results would drop them.
 */
final class LeadingComments {

	private LeadingComments() {
	}

	/** @return the comments before the root element of {@code file}, or "" if none or unreadable */
	static String of(Path file) {
		if (!Files.isRegularFile(file)) {
			return "";
		}
		try {
			return prolog(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
		} catch (IOException | RuntimeException e) {
			return ""; // best effort: the save itself must not fail because of the old file
		}
	}

	/** The comments (and the white space between them) after the XML declaration, before the first element. */
	static String prolog(String text) {
		int i = text.startsWith("\uFEFF") ? 1 : 0;
		if (text.startsWith("<?xml", i)) {
			int end = text.indexOf("?>", i);
			if (end < 0) {
				return "";
			}
			i = end + 2;
		}
		int start = -1;
		int last = -1;
		while (true) {
			while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
				i++;
			}
			if (!text.startsWith("<!--", i)) {
				break;
			}
			int end = text.indexOf("-->", i + 4);
			if (end < 0) {
				break;
			}
			if (start < 0) {
				start = i;
			}
			i = end + 3;
			last = i;
		}
		return start < 0 ? "" : text.substring(start, last);
	}

	/** @return {@code xml} (UTF-8) with {@code comments} placed after its XML declaration */
	static byte[] insert(byte[] xml, String comments) {
		if (comments.isEmpty()) {
			return xml;
		}
		String text = new String(xml, StandardCharsets.UTF_8);
		int at = text.startsWith("<?xml") ? text.indexOf("?>") + 2 : 0;
		String withComments = text.substring(0, at) + (at > 0 ? "\n" : "") + comments + (at > 0 ? "" : "\n")
				+ text.substring(at);
		return withComments.getBytes(StandardCharsets.UTF_8);
	}
}
