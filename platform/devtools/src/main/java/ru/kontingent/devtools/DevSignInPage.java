package ru.kontingent.devtools;

import java.util.List;
import java.util.Map;

/** The dev sign-in form: choose who to be. Every request value is HTML-escaped before it is echoed. */
final class DevSignInPage {

    private static final List<String> CARRIED = List.of("redirect_uri", "state", "code_challenge");

    private DevSignInPage() {
    }

    static String render(Map<String, String> query) {
        StringBuilder hidden = new StringBuilder();
        for (String name : CARRIED) {
            hidden.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                    .append(escape(query.getOrDefault(name, ""))).append("\">");
        }
        StringBuilder roles = new StringBuilder();
        for (Role role : Role.values()) {
            roles.append("<option value=\"").append(role.claim()).append("\">").append(role.claim()).append("</option>");
        }
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Kontingent dev sign-in</title></head>"
                + "<body><h1>Kontingent dev sign-in</h1><p>Development only: the token is signed with the dev key.</p>"
                + "<form method=\"post\">" + hidden
                + "<p><label for=\"role\">Role</label> <select id=\"role\" name=\"role\">" + roles + "</select></p>"
                + "<p><label for=\"region\">Region</label> <input id=\"region\" name=\"region\" value=\"r61\"></p>"
                + "<p><label for=\"org\">Organization id (school operator)</label> <input id=\"org\" name=\"org\"></p>"
                + "<p><label for=\"snils\">SNILS (parent)</label> <input id=\"snils\" name=\"snils\"></p>"
                + "<p><button type=\"submit\" id=\"dev-sign-in\">Sign in</button></p></form></body></html>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
