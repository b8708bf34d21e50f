package org.ehcflow.models;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ehcflow.deadline.DeadlineKey;
import org.ehcflow.notification.NoticePlaceholders;

/**
 * What a deployed model may do, whoever deploys it and however (the folder at start-up, the Modeler's Deploy button
 * through /engine-rest, any other path): a model is configuration, not code.
 * <ul>
 *   <li>no scripts, Java classes or delegate expressions: only the product's facades run;</li>
 *   <li>an expression calls only a facade's published methods ({@code ${deadlines.open(execution, 'KEY', date)}}),
 *       reads {@code execution} and {@code task} only through the few members the journeys use, and chains no
 *       further call onto a result;</li>
 *   <li>every deadline key named exists, every notice template named exists and each of its placeholders is a value
 *       the notice will have (a case field, a clock's due date, a variable the product or the deployment writes),
 *       every form a user task or start event names is in the same deployment;</li>
 *   <li>every timer is a product expression or an ISO 8601 date, duration or cycle;</li>
 *   <li>every process keeps its history at least as long as a closed case is kept ({@code ehcflow.retention}):
 *       a case's journeys are removed with the case, never before it.</li>
 * </ul>
 */
public final class ModelRules {

    /** A model a rule refuses: the file, the element and the rule, in words. */
    public record Violation(String file, String element, int line, String rule) {
        @Override
        public String toString() {
            return file + " line " + line + " (" + element + "): " + rule;
        }
    }

    private static final Map<String, Set<String>> CONTEXT_MEMBERS = Map.of(
            "execution", Set.of("processBusinessKey", "getVariable", "setVariable", "processInstanceId"),
            "task", Set.of("execution", "getVariable", "setVariable"));
    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("<(\\w+:)?scriptTask\\b"), Pattern.compile("<camunda:script\\b"),
            Pattern.compile("\\bcamunda:class="), Pattern.compile("\\bcamunda:delegateExpression="),
            Pattern.compile("\\bcamunda:resource="), Pattern.compile("<camunda:connector\\b"));
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern STRING = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern PATH = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)((?:\\s*\\.\\s*[A-Za-z_]\\w*)*)(\\s*\\()?");
    private static final Pattern KEY_ARGUMENT = Pattern.compile("\\bdeadlines\\.\\w+\\(\\s*[\\w.]+\\s*,\\s*'([^']*)'");
    private static final Pattern TEMPLATE_ARGUMENT = Pattern.compile("\\bnotify\\.(?:send|sendWith)\\(\\s*[\\w.]+\\s*,\\s*'([^']*)'");
    private static final Pattern FORM_REF = Pattern.compile("\\bcamunda:formRef=\"([^\"]*)\"");
    private static final Pattern FORM_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern FORM_FIELD = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern DECLARED_VARIABLE = Pattern.compile(
            "<camunda:(?:inputParameter|outputParameter)\\s+name=\"([^\"]+)\"|\\b(?:target|camunda:elementVariable|camunda:resultVariable)=\"([^\"]+)\"");
    private static final Pattern TIMER = Pattern.compile("<(?:\\w+:)?(timeDate|timeDuration|timeCycle)\\b[^>]*>([^<]*)<");
    private static final Pattern ISO_DURATION = Pattern.compile("P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");
    private static final Pattern PROCESS = Pattern.compile("<(?:\\w+:)?process\\b[^>]*>");
    private static final Pattern TIME_TO_LIVE = Pattern.compile("\\bcamunda:historyTimeToLive=\"([^\"]*)\"");
    private static final Pattern DAYS = Pattern.compile("P?(\\d{1,9})D?");
    private static final Pattern ISO_CYCLE = Pattern.compile("R\\d*/.+");
    private static final Set<String> KEYWORDS = Set.of("null", "true", "false", "empty", "not", "and", "or", "eq", "ne",
            "lt", "gt", "le", "ge", "div", "mod", "instanceof");

    private final Map<String, Set<String>> facades;
    private final int shortestHistoryDays;

    /**
     * @param facades             each facade's name with the names of its published methods
     * @param shortestHistoryDays the shortest history time to live a process may have, in days
     */
    public ModelRules(Map<String, Set<String>> facades, int shortestHistoryDays) {
        this.facades = facades;
        this.shortestHistoryDays = shortestHistoryDays;
    }

    /** Every violation in a deployment's files (name to content); an empty list when it may be deployed. */
    public List<Violation> check(Map<String, byte[]> files) {
        Set<String> formIds = new java.util.HashSet<>();
        Set<String> declared = new java.util.HashSet<>();
        files.forEach((name, content) -> {
            String text = new String(content, StandardCharsets.UTF_8);
            if (name.endsWith(".form")) {
                Matcher id = FORM_ID.matcher(text);
                if (id.find()) {
                    formIds.add(id.group(1));
                }
                FORM_FIELD.matcher(text).results().forEach(field -> declared.add(field.group(1)));
            } else if (isModel(name)) {
                DECLARED_VARIABLE.matcher(text).results()
                        .forEach(v -> declared.add(v.group(1) != null ? v.group(1) : v.group(2)));
            }
        });
        List<Violation> violations = new ArrayList<>();
        files.forEach((name, content) -> {
            if (isModel(name)) {
                violations.addAll(checkModel(name, new String(content, StandardCharsets.UTF_8), formIds, declared));
            }
        });
        return violations;
    }

    private static boolean isModel(String name) {
        return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
    }

    private List<Violation> checkModel(String file, String xml, Set<String> formIds, Set<String> declared) {
        List<Violation> violations = new ArrayList<>();
        for (Pattern forbidden : FORBIDDEN) {
            Matcher m = forbidden.matcher(xml);
            while (m.find()) {
                violations.add(violation(file, xml, m.start(), "scripts, Java classes, delegate expressions and connectors"
                        + " may not be deployed: use the product's facades (" + String.join(", ", facades.keySet()) + ")"));
            }
        }
        Matcher form = FORM_REF.matcher(xml);
        while (form.find()) {
            if (!formIds.contains(form.group(1))) {
                violations.add(violation(file, xml, form.start(), "formRef '" + form.group(1)
                        + "' names no form of this deployment: deploy forms/" + form.group(1) + ".form with it"));
            }
        }
        violations.addAll(checkHistoryTimeToLive(file, xml));
        Matcher timer = TIMER.matcher(xml);
        while (timer.find()) {
            String value = unescape(timer.group(2)).strip();
            if (!value.isEmpty() && !EXPRESSION.matcher(value).matches() && !isTimerValue(timer.group(1), value)) {
                violations.add(violation(file, xml, timer.start(), timer.group(1) + " '" + value + "' is neither a product"
                        + " expression (${deadlines.breachAt(execution, 'KEY')}) nor an ISO 8601 "
                        + ("timeDuration".equals(timer.group(1)) ? "duration (P14D)" : "timeDate".equals(timer.group(1))
                        ? "date and time (2026-05-26T00:00:00Z)" : "cycle (R3/PT1H)")));
            }
        }
        Matcher expression = EXPRESSION.matcher(xml);
        while (expression.find()) {
            String text = unescape(expression.group(1));
            for (String rule : checkExpression(text)) {
                violations.add(violation(file, xml, expression.start(), "'" + expression.group() + "': " + rule));
            }
            for (String rule : checkPlaceholders(text, declared)) {
                violations.add(violation(file, xml, expression.start(), rule));
            }
        }
        return violations;
    }

    private List<Violation> checkHistoryTimeToLive(String file, String xml) {
        List<Violation> violations = new ArrayList<>();
        Matcher process = PROCESS.matcher(xml);
        while (process.find()) {
            Matcher timeToLive = TIME_TO_LIVE.matcher(process.group());
            if (!timeToLive.find()) {
                continue;   // the engine itself refuses a process without one (enforceHistoryTimeToLive)
            }
            Matcher days = DAYS.matcher(timeToLive.group(1).strip());
            if (!days.matches() || Integer.parseInt(days.group(1)) < shortestHistoryDays) {
                violations.add(violation(file, xml, process.start(), "historyTimeToLive '" + timeToLive.group(1)
                        + "' would remove a journey's history while its case is still kept: a closed case is kept"
                        + " with its journeys (ehcflow.retention) and removed with them; give at least P"
                        + shortestHistoryDays + "D"));
            }
        }
        return violations;
    }

    /** What is wrong with one expression's text, in words; empty when nothing is. */
    List<String> checkExpression(String text) {
        List<String> wrong = new ArrayList<>();
        Matcher key = KEY_ARGUMENT.matcher(text);
        while (key.find()) {
            if (!isDeadlineKey(key.group(1))) {
                wrong.add("'" + key.group(1) + "' is not a statutory deadline key");
            }
        }
        Matcher template = TEMPLATE_ARGUMENT.matcher(text);
        while (template.find()) {
            String name = template.group(1);
            if (!NoticePlaceholders.exists(name)) {
                wrong.add("'" + name + "' is not a notice template (src/main/resources/notifications)");
            }
        }
        String code = STRING.matcher(text).replaceAll("''");
        if (code.contains("[") || code.matches("(?s).*[)\\]]\\s*\\..*")) {
            wrong.add("no indexing and no call on the result of a call: call a facade's method directly");
        }
        Matcher path = PATH.matcher(code);
        while (path.find()) {
            String root = path.group(1);
            String[] members = path.group(2).isBlank() ? new String[0] : path.group(2).replaceAll("\\s", "").substring(1).split("\\.");
            boolean called = path.group(3) != null;
            if (KEYWORDS.contains(root) || root.matches("\\d.*")) {
                continue;
            }
            wrong.addAll(checkPath(root, members, called));
        }
        return wrong;
    }

    /** Every placeholder of a template the expression sends that the notice would have no value for. */
    private static List<String> checkPlaceholders(String text, Set<String> declared) {
        List<String> wrong = new ArrayList<>();
        Matcher template = TEMPLATE_ARGUMENT.matcher(text);
        while (template.find()) {
            String name = template.group(1);
            if (!NoticePlaceholders.exists(name)) {
                continue;
            }
            for (String placeholder : NoticePlaceholders.of(name)) {
                if (!isKnownValue(placeholder, declared)) {
                    wrong.add("notice template '" + name + "' uses {" + placeholder + "}, which is no case field, no"
                            + " clock's due date (due.KEY) and no variable the product or this deployment's forms and"
                            + " parameters write");
                }
            }
        }
        return wrong;
    }

    private static boolean isKnownValue(String placeholder, Set<String> declared) {
        if (placeholder.startsWith("due.")) {
            String key = placeholder.substring("due.".length());
            return "*".equals(key) || isDeadlineKey(key);
        }
        return NoticePlaceholders.CASE_FIELDS.contains(placeholder)
                || NoticePlaceholders.PRODUCT_VARIABLES.contains(placeholder) || declared.contains(placeholder);
    }

    private List<String> checkPath(String root, String[] members, boolean called) {
        if (members.length == 0) {
            return called ? List.of(root + "(): no function may be called, only a facade's method") : List.of();
        }
        if (facades.containsKey(root)) {
            if (members.length != 1 || !facades.get(root).contains(members[0])) {
                return List.of(root + "." + String.join(".", members) + " is not a published method of the facade '" + root + "'");
            }
            return List.of();
        }
        Set<String> allowed = CONTEXT_MEMBERS.get(root);
        if (allowed != null) {
            boolean ok = members.length == 1 && allowed.contains(members[0])
                    || "task".equals(root) && members.length == 2 && "execution".equals(members[0])
                    && CONTEXT_MEMBERS.get("execution").contains(members[1]);
            return ok ? List.of() : List.of(root + "." + String.join(".", members) + " is not open to models: "
                    + root + " offers " + allowed);
        }
        return List.of(root + "." + String.join(".", members) + ": '" + root + "' is not one of the product's facades ("
                + String.join(", ", facades.keySet()) + ")");
    }

    private static boolean isTimerValue(String kind, String value) {
        return switch (kind) {
            case "timeDuration" -> ISO_DURATION.matcher(value).matches();
            case "timeCycle" -> ISO_CYCLE.matcher(value).matches();
            default -> isDateTime(value);
        };
    }

    private static boolean isDateTime(String value) {
        try {
            java.time.OffsetDateTime.parse(value);
            return true;
        } catch (java.time.format.DateTimeParseException withoutOffset) {
            try {
                java.time.LocalDateTime.parse(value);
                return true;
            } catch (java.time.format.DateTimeParseException e) {
                return false;
            }
        }
    }

    private static boolean isDeadlineKey(String name) {
        for (DeadlineKey key : DeadlineKey.values()) {
            if (key.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static Violation violation(String file, String xml, int at, String rule) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (xml.charAt(i) == '\n') {
                line++;
            }
        }
        int tagStart = xml.lastIndexOf('<', at);
        Matcher id = Pattern.compile("\\bid=\"([^\"]*)\"").matcher(xml);
        String element = tagStart >= 0 && id.find(tagStart) && id.start() < xml.indexOf('>', tagStart) ? id.group(1)
                : enclosingId(xml, at);
        return new Violation(file, element, line, rule);
    }

    /** The id of the nearest element opened before {@code at}: the element an expression in child text belongs to. */
    private static String enclosingId(String xml, int at) {
        Matcher id = Pattern.compile("\\bid=\"([^\"]*)\"").matcher(xml.substring(0, at));
        String last = "?";
        while (id.find()) {
            last = id.group(1);
        }
        return last;
    }

    private static String unescape(String xmlText) {
        return xmlText.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
