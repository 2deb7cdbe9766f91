package org.policygraph.parse;

/**
 * Whose document it is: {@code name} the place (广州市, 沙坪坝区, 浙江省), null when the text names none;
 * {@code level} "province", "city", "district" or "county", null when not even that is known.
 */
public record Jurisdiction(String name, String level) {
    public static final Jurisdiction UNKNOWN = new Jurisdiction(null, null);

    /** The key part that keeps units of different places apart: the place, else the level word (县). */
    public String label() {
        if (name != null) {
            return name;
        }
        return level == null ? "?" : switch (level) {
            case "province" -> "省";
            case "city" -> "市";
            case "district" -> "区";
            default -> "县";
        };
    }

    /**
     * The level a place name or level word ends with: 浙江省 -> province, 广州市 -> city, 蔡甸区 -> district, 南陵县 -> county
     * (and 镇, 乡, 街道, below a district, -> county).
     */
    public static String levelOf(String place) {
        if (place.endsWith("省") || place.endsWith("自治区") && place.length() > 4) {
            return "province";
        }
        if (place.endsWith("市") || place.endsWith("州") || place.endsWith("盟")) {
            return "city";
        }
        return place.endsWith("区") ? "district" : "county";
    }
}
