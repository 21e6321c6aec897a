import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic intake data for the benchmark: `jsonl FILE N` writes N JSON Lines records, `yaml DIR N` writes
 * N small YAML files. Seeded, so every run screens the same data.
 */
public class GenerateIntake {
    static final String[] CONCERNS = {"acne scars", "stretch marks", "enlarged pores", "fine lines", "wrinkles",
        "uneven skin tone", "hyperpigmentation", "melasma", "alopecia areata", "excessive sweating", "burn scar",
        "striae", "age spots", "dull skin", "crow's feet"};
    static final String[] CONDITIONS = {"eczema", "psoriasis", "keloids", "hypertension", "asthma", "cold sores",
        "acne scars since 2015", "rosacea", "type 2 diabetes", "appendectomy 2010", "migraine", "hay fever",
        "breast cancer, radiation therapy 2019", "vitiligo", "pregnant", "mole on back"};
    static final String[] MEDICATIONS = {"warfarin 5 mg daily", "Eliquis", "aspirin 81mg", "metformin 500 mg",
        "levothyroxine", "isotretinoin", "tretinoin cream 0.05%", "doxycycline 100mg", "lisinopril", "atorvastatin",
        "sertraline", "ibuprofen as needed", "tranexamic acid", "Xarelto", "spironolactone", "vitamin D"};
    static final String[] TYPES = {"I", "II", "III", "IV", "V", "VI"};

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        Path target = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        Random random = new Random(42);
        if (mode.equals("jsonl")) {
            try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                for (int i = 0; i < n; i++) {
                    w.write(json(random, i));
                    w.write('\n');
                }
            }
        } else {
            Files.createDirectories(target);
            for (int i = 0; i < n; i++) {
                Path dir = target.resolve(String.format("d%03d", i / 1000));
                if (i % 1000 == 0) {
                    Files.createDirectories(dir);
                }
                Files.writeString(dir.resolve(String.format("P-%07d.yaml", i)), yaml(random, i));
            }
        }
    }

    static List<String> pick(Random r, String[] pool, int max) {
        List<String> out = new ArrayList<>();
        int k = r.nextInt(max + 1);
        for (int i = 0; i < k; i++) {
            out.add(pool[r.nextInt(pool.length)]);
        }
        return out;
    }

    static String jsonList(List<String> items) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            b.append(i > 0 ? "," : "").append('"').append(items.get(i)).append('"');
        }
        return b.append(']').toString();
    }

    static String json(Random r, int i) {
        StringBuilder b = new StringBuilder("{\"id\":\"P-" + i + "\",\"concerns\":" + jsonList(pick1(r)));
        if (r.nextInt(10) > 0) {
            b.append(",\"conditions\":").append(jsonList(pick(r, CONDITIONS, 2)));
        }
        if (r.nextInt(10) > 0) {
            b.append(",\"medications\":").append(jsonList(pick(r, MEDICATIONS, 3)));
        }
        b.append(",\"age\":").append(18 + r.nextInt(60));
        if (r.nextInt(4) > 0) {
            b.append(",\"fitzpatrick\":\"").append(TYPES[r.nextInt(TYPES.length)]).append('"');
        }
        return b.append('}').toString();
    }

    static List<String> pick1(Random r) {
        List<String> c = pick(r, CONCERNS, 2);
        c.add(CONCERNS[r.nextInt(CONCERNS.length)]);
        return c;
    }

    static String yaml(Random r, int i) {
        StringBuilder b = new StringBuilder("id: P-" + i + "\nconcerns:\n");
        for (String c : pick1(r)) {
            b.append("  - ").append(c.contains("'") ? "\"" + c + "\"" : c).append('\n');
        }
        b.append("conditions: ").append(jsonList(pick(r, CONDITIONS, 2))).append('\n');
        b.append("medications: ").append(jsonList(pick(r, MEDICATIONS, 3))).append('\n');
        b.append("age: ").append(18 + r.nextInt(60)).append('\n');
        b.append("fitzpatrick: ").append(TYPES[r.nextInt(TYPES.length)]).append('\n');
        b.append("notes: \"synthetic record for benchmarking\"\n");
        return b.toString();
    }
}
