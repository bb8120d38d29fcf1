import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.MappedByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one HTTP session keeps in the heap, part by part (docs/benchmarks.md §2), from a heap dump
 * that memory.sh writes with HEAP_DUMP_DIR. The retained set of the sessions is what is reachable
 * from them and not from the GC roots by any path that avoids them; each object of it is charged to
 * the first session that reaches it (breadth first) and to the nearest Flow component above it (a
 * state node is charged to the component it is mapped to), so the figures say which component of
 * the page keeps what. Sizes are the JVM's with compressed references: a 12-byte header, 4-byte
 * references, 8-byte alignment, arrays with a 16-byte header (field packing is not modelled, so an
 * object may count a few bytes more than it takes). No library: the HPROF format is read directly.
 *
 *   java src/bench/SessionHeap.java dump.hprof [session class] [marker class]
 *
 * Sessions are the instances of the session class (default Tomcat's StandardSession); those that
 * reach an instance of the marker class (default the applicant form's view) are reported together,
 * then the others. Optional, in the environment:
 *   HEAP_GROUPS=RowsField,Upload,ApplicationForm,MainLayout,UI   also charge each component to the
 *     nearest component at or above it whose class name ends with one of these (HEAP_GROUPS_DETAIL=1:
 *     and by component class within each group)
 *   STRINGS_OF=.UI   list the strings charged to components whose class name ends with this
 */
public class SessionHeap {

    static final String SESSION = "org.apache.catalina.session.StandardSession";
    static final String MARKER = "kz.urpaq.submission.ui.ApplicationView";
    static final String COMPONENT = "com.vaadin.flow.component.Component";
    static final String LISTENER = "com.vaadin.flow.internal.nodefeature.ElementListenerMap$DomEventListenerWrapper";
    static final String STATE_NODE = "com.vaadin.flow.internal.StateNode";
    static final String COMPONENT_MAPPING = "com.vaadin.flow.internal.nodefeature.ComponentMapping";

    MappedByteBuffer buf;
    int idSize;
    final Map<Long, String> strings = new HashMap<>();
    final Map<Long, String> classNames = new HashMap<>();
    final Map<Long, ClassInfo> classes = new HashMap<>();
    // objects: index -> (id, kind, record offset, class id / array type, length)
    long[] ids = new long[1 << 20];
    byte[] kinds = new byte[1 << 20]; // INSTANCE, OBJECT_ARRAY, PRIMITIVE_ARRAY or CLASS
    static final byte INSTANCE = 1;
    static final byte OBJECT_ARRAY = 2;
    static final byte PRIMITIVE_ARRAY = 3;
    static final byte CLASS = 4;
    int[] offsets = new int[1 << 20];
    long[] classIds = new long[1 << 20];
    int count;
    LongIntMap index = new LongIntMap(1 << 22);
    final List<Long> roots = new ArrayList<>();

    record Field(String name, int type) {
    }

    static final class ClassInfo {
        long id;
        long superId;
        String name;
        Field[] fields;
        List<Long> staticRefs = new ArrayList<>();
        int size = -1; // JVM instance size
        Boolean component;
        Boolean stateNode;
    }

    public static void main(String[] args) throws IOException {
        var heap = new SessionHeap();
        heap.read(args[0]);
        heap.analyse(args.length > 1 ? args[1] : SESSION, args.length > 2 ? args[2] : MARKER);
    }

    void read(String file) throws IOException {
        try (var raf = new RandomAccessFile(file, "r"); var channel = raf.getChannel()) {
            if (channel.size() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("dumps over 2 GB are not read");
            }
            buf = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
        while (buf.get() != 0) {
            // "JAVA PROFILE 1.0.2"
        }
        idSize = buf.getInt();
        buf.getLong();
        while (buf.hasRemaining()) {
            int tag = buf.get() & 0xff;
            buf.getInt();
            long length = Integer.toUnsignedLong(buf.getInt());
            int end = (int) (buf.position() + length);
            switch (tag) {
                case 0x01 -> {
                    long id = id();
                    byte[] text = new byte[(int) (length - idSize)];
                    buf.get(text);
                    strings.put(id, new String(text, StandardCharsets.UTF_8));
                }
                case 0x02 -> {
                    buf.getInt();
                    long classId = id();
                    buf.getInt();
                    classNames.put(classId, strings.get(id()).replace('/', '.'));
                }
                case 0x0C, 0x1C -> heapDump(end);
                default -> {
                }
            }
            buf.position(end);
        }
        for (var c : classes.values()) {
            c.name = classNames.getOrDefault(c.id, "?" + c.id);
        }
        System.err.printf("read %d objects, %d classes, %d roots%n", count, classes.size(), roots.size());
    }

    long id() {
        return idSize == 8 ? buf.getLong() : Integer.toUnsignedLong(buf.getInt());
    }

    int valueSize(int type) {
        return switch (type) {
            case 2 -> idSize;
            case 4, 8 -> 1;
            case 5, 9 -> 2;
            case 6, 10 -> 4;
            case 7, 11 -> 8;
            default -> throw new IllegalStateException("type " + type);
        };
    }

    static int jvmSize(int type) {
        return switch (type) {
            case 2, 6, 10 -> 4;
            case 4, 8 -> 1;
            case 5, 9 -> 2;
            default -> 8;
        };
    }

    void add(long id, byte kind, int offset, long classId) {
        if (count == ids.length) {
            ids = Arrays.copyOf(ids, count * 2);
            kinds = Arrays.copyOf(kinds, count * 2);
            offsets = Arrays.copyOf(offsets, count * 2);
            classIds = Arrays.copyOf(classIds, count * 2);
        }
        ids[count] = id;
        kinds[count] = kind;
        offsets[count] = offset;
        classIds[count] = classId;
        index.put(id, count);
        count++;
    }

    void heapDump(int end) {
        while (buf.position() < end) {
            int sub = buf.get() & 0xff;
            switch (sub) {
                case 0xFF, 0x05, 0x07 -> roots.add(id());
                case 0x01 -> {
                    roots.add(id());
                    id();
                }
                case 0x02, 0x03, 0x08 -> {
                    roots.add(id());
                    buf.getInt();
                    buf.getInt();
                }
                case 0x04, 0x06 -> {
                    roots.add(id());
                    buf.getInt();
                }
                case 0x20 -> {
                    var c = new ClassInfo();
                    int offset = buf.position();
                    c.id = id();
                    buf.getInt();
                    c.superId = id();
                    for (int i = 0; i < 5; i++) {
                        id();
                    }
                    buf.getInt();
                    int pool = buf.getShort() & 0xffff;
                    for (int i = 0; i < pool; i++) {
                        buf.getShort();
                        int type = buf.get();
                        skip(valueSize(type));
                    }
                    int statics = buf.getShort() & 0xffff;
                    for (int i = 0; i < statics; i++) {
                        id();
                        int type = buf.get();
                        if (type == 2) {
                            long ref = id();
                            if (ref != 0) {
                                c.staticRefs.add(ref);
                            }
                        } else {
                            skip(valueSize(type));
                        }
                    }
                    int fields = buf.getShort() & 0xffff;
                    c.fields = new Field[fields];
                    for (int i = 0; i < fields; i++) {
                        long name = id();
                        c.fields[i] = new Field(strings.get(name), buf.get());
                    }
                    classes.put(c.id, c);
                    add(c.id, CLASS, offset, 0);
                    roots.add(c.id);
                }
                case 0x21 -> {
                    int offset = buf.position();
                    long id = id();
                    buf.getInt();
                    long classId = id();
                    int length = buf.getInt();
                    skip(length);
                    add(id, INSTANCE, offset, classId);
                }
                case 0x22 -> {
                    int offset = buf.position();
                    long id = id();
                    buf.getInt();
                    int n = buf.getInt();
                    long classId = id();
                    skip(n * idSize);
                    add(id, OBJECT_ARRAY, offset, classId);
                }
                case 0x23 -> {
                    int offset = buf.position();
                    long id = id();
                    buf.getInt();
                    int n = buf.getInt();
                    int type = buf.get();
                    skip(n * valueSize(type));
                    add(id, PRIMITIVE_ARRAY, offset, type);
                }
                default -> throw new IllegalStateException("sub-record " + Integer.toHexString(sub));
            }
        }
    }

    void skip(int n) {
        buf.position(buf.position() + n);
    }

    ClassInfo classOf(int object) {
        return classes.get(classIds[object]);
    }

    String className(int object) {
        return switch (kinds[object]) {
            case INSTANCE, OBJECT_ARRAY -> classOf(object) == null ? "?" : classOf(object).name;
            case PRIMITIVE_ARRAY -> switch ((int) classIds[object]) {
                case 4 -> "boolean[]";
                case 5 -> "char[]";
                case 6 -> "float[]";
                case 7 -> "double[]";
                case 8 -> "byte[]";
                case 9 -> "short[]";
                case 10 -> "int[]";
                default -> "long[]";
            };
            default -> "class " + classes.get(ids[object]).name;
        };
    }

    int instanceSize(ClassInfo c) {
        if (c.size < 0) {
            int fields = 0;
            for (var k = c; k != null; k = classes.get(k.superId)) {
                for (var f : k.fields) {
                    fields += jvmSize(f.type());
                }
            }
            c.size = align(12 + fields);
        }
        return c.size;
    }

    static int align(int n) {
        return (n + 7) & ~7;
    }

    int size(int object) {
        buf.position(offsets[object]);
        return switch (kinds[object]) {
            case INSTANCE -> instanceSize(classOf(object));
            case OBJECT_ARRAY -> {
                id();
                buf.getInt();
                yield align(16 + 4 * buf.getInt());
            }
            case PRIMITIVE_ARRAY -> {
                id();
                buf.getInt();
                int n = buf.getInt();
                yield align(16 + n * jvmSize(buf.get()));
            }
            default -> 0;
        };
    }

    boolean subclassOf(ClassInfo c, String name) {
        for (var k = c; k != null; k = classes.get(k.superId)) {
            if (k.name.equals(name)) {
                return true;
            }
        }
        return false;
    }

    boolean isComponent(int object) {
        if (kinds[object] != INSTANCE) {
            return false;
        }
        var c = classOf(object);
        if (c.component == null) {
            c.component = subclassOf(c, COMPONENT);
        }
        return c.component;
    }

    boolean isStateNode(int object) {
        if (kinds[object] != INSTANCE) {
            return false;
        }
        var c = classOf(object);
        if (c.stateNode == null) {
            c.stateNode = c.name.equals(STATE_NODE);
        }
        return c.stateNode;
    }

    /** The references an object holds, as object indexes (unknown ids left out). */
    int[] references(int object) {
        var out = new IntList();
        switch (kinds[object]) {
            case INSTANCE -> eachReference(object, (name, ref) -> {
                addRef(out, ref);
                return true;
            });
            case OBJECT_ARRAY -> {
                buf.position(offsets[object]);
                id();
                buf.getInt();
                int n = buf.getInt();
                id();
                for (int i = 0; i < n; i++) {
                    addRef(out, id());
                }
            }
            case CLASS -> {
                for (long ref : classes.get(ids[object]).staticRefs) {
                    addRef(out, ref);
                }
            }
            default -> {
            }
        }
        return out.toArray();
    }

    /** The value of a reference field of an instance, or -1. */
    int field(int object, String name) {
        long[] found = {0};
        eachReference(object, (field, ref) -> {
            if (field.equals(name)) {
                found[0] = ref;
                return false;
            }
            return true;
        });
        return found[0] == 0 ? -1 : index.get(found[0]);
    }

    interface ReferenceVisitor {
        /** Called with each reference field's name and value (an id, 0 for null); false stops. */
        boolean visit(String field, long ref);
    }

    /** An instance's reference fields, its own class's first, then its superclasses'. */
    void eachReference(int object, ReferenceVisitor visitor) {
        for (var k = atFields(object); k != null; k = classes.get(k.superId)) {
            for (var f : k.fields) {
                if (f.type() != 2) {
                    skip(valueSize(f.type()));
                } else if (!visitor.visit(f.name(), id())) {
                    return;
                }
            }
        }
    }

    /** Moves to an instance's first field value and gives its class. */
    ClassInfo atFields(int object) {
        buf.position(offsets[object]);
        id();
        buf.getInt();
        long classId = id();
        buf.getInt();
        return classes.get(classId);
    }

    void addRef(IntList out, long ref) {
        if (ref != 0) {
            int i = index.get(ref);
            if (i >= 0) {
                out.add(i);
            }
        }
    }

    /** The component a state node is mapped to (its ComponentMapping feature), or -1. */
    int componentOf(int stateNode) {
        return mappedComponent(stateNode, 3);
    }

    /** The {@code component} of the first ComponentMapping within depth references, not through other nodes. */
    int mappedComponent(int from, int depth) {
        for (int ref : references(from)) {
            if (kinds[ref] == INSTANCE && classOf(ref).name.equals(COMPONENT_MAPPING)) {
                return field(ref, "component");
            }
            if (depth > 1 && kinds[ref] != CLASS && !isStateNode(ref)) {
                int found = mappedComponent(ref, depth - 1);
                if (found >= 0) {
                    return found;
                }
            }
        }
        return -1;
    }

    /**
     * The sessions' retained set, charged to sessions and components, then the tables: by
     * component class, by component class and object class, by group (HEAP_GROUPS), the DOM event
     * listeners, and the components per session.
     */
    void analyse(String sessionClass, String markerClass) {
        var sessions = new IntList();
        var isSession = new boolean[count];
        for (int i = 0; i < count; i++) {
            if (kinds[i] == INSTANCE && subclassOf(classOf(i), sessionClass)) {
                sessions.add(i);
                isSession[i] = true;
            }
        }
        var outside = reachedAvoiding(isSession);
        var label = new int[count]; // the component an object is charged to, or -1
        var owner = new int[count];
        Arrays.fill(owner, -1);
        var s = sessions.toArray();
        var members = new ArrayList<int[]>();
        var marked = new boolean[s.length];
        for (int n = 0; n < s.length; n++) {
            var queue = new IntList();
            queue.add(s[n]);
            owner[s[n]] = n;
            label[s[n]] = -1;
            for (int head = 0; head < queue.size(); head++) {
                int o = queue.get(head);
                marked[n] |= kinds[o] == INSTANCE && classOf(o).name.equals(markerClass);
                if (isComponent(o)) {
                    label[o] = o;
                } else if (isStateNode(o)) {
                    int component = componentOf(o);
                    if (component >= 0) {
                        label[o] = component;
                    }
                }
                for (int r : references(o)) {
                    if (!outside[r] && owner[r] < 0 && !isSession[r]) {
                        owner[r] = n;
                        label[r] = label[o];
                        queue.add(r);
                    }
                }
            }
            members.add(queue.toArray());
        }
        var groups = System.getenv("HEAP_GROUPS") == null ? null : List.of(System.getenv("HEAP_GROUPS").split(","));
        boolean detail = System.getenv("HEAP_GROUPS_DETAIL") != null;
        for (int kind = 1; kind >= 0; kind--) {
            var byComponent = new HashMap<String, Long>();
            var byComponentAndClass = new HashMap<String, Long>();
            var byClass = new HashMap<String, Long>();
            var instances = new HashMap<String, Long>();
            var byGroup = new HashMap<String, Long>();
            var listeners = new HashMap<String, Long>();
            var components = new HashMap<String, Long>();
            long bytes = 0;
            int n = 0;
            for (int i = 0; i < s.length; i++) {
                if (marked[i] != (kind == 1)) {
                    continue;
                }
                n++;
                for (int o : members.get(i)) {
                    long size = size(o);
                    bytes += size;
                    String charged = label[o] < 0 ? "(no component) " + className(o) : className(label[o]);
                    byComponent.merge(charged, size, Long::sum);
                    byComponentAndClass.merge(charged + "  <-  " + className(o), size, Long::sum);
                    byClass.merge(className(o), size, Long::sum);
                    instances.merge(className(o), 1L, Long::sum);
                    String group = groups == null ? null
                            : label[o] < 0 ? "(none)" : group(label[o], groups);
                    if (group != null) {
                        byGroup.merge(detail ? group + " / " + charged : group, size, Long::sum);
                    }
                    if (kinds[o] == INSTANCE && classOf(o).name.equals(LISTENER)) {
                        listeners.merge(charged + " " + string(field(o, "type"))
                                + (group == null ? "" : " in " + group), 1L, Long::sum);
                    }
                    if (isComponent(o)) {
                        components.merge(className(o), 1L, Long::sum);
                    }
                }
            }
            if (n == 0) {
                continue;
            }
            System.out.printf("%n== sessions %s %s: %d, %.1f KB each%n", kind == 1 ? "with" : "without",
                    markerClass, n, bytes / 1024.0 / n);
            System.out.println("-- bytes per session by component (what its state node, element and fields keep):");
            print(byComponent, n, 45);
            System.out.println("-- bytes per session by component and class:");
            print(byComponentAndClass, n, 60);
            System.out.println("-- bytes per session by class (instances per session after the name):");
            int sessionsOfKind = n;
            byClass.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(30)
                    .forEach(e -> System.out.printf("%9.0f  %s (%.1f)%n", (double) e.getValue() / sessionsOfKind,
                            e.getKey(), (double) instances.get(e.getKey()) / sessionsOfKind));
            if (groups != null) {
                System.out.println("-- bytes per session by the nearest of " + groups + " at or above the component:");
                print(byGroup, n, 60);
            }
            System.out.println("-- DOM event listeners per session, by component and event:");
            print(listeners, n, 40);
            System.out.println("-- components per session:");
            print(components, n, 60);
        }
        var strings = System.getenv("STRINGS_OF");
        if (strings != null) {
            System.out.println("-- the strings charged to a component whose class name ends with " + strings
                    + ", in the first marked session:");
            for (int i = 0; i < s.length; i++) {
                if (marked[i]) {
                    for (int o : members.get(i)) {
                        if (kinds[o] == INSTANCE && classOf(o).name.equals("java.lang.String") && label[o] >= 0
                                && className(label[o]).endsWith(strings)) {
                            var text = string(o);
                            System.out.printf("%5d  %s%n", size(o) + size(field(o, "value")),
                                    text.length() > 100 ? text.substring(0, 100) + "…" : text);
                        }
                    }
                    break;
                }
            }
        }
    }

    /** What the GC roots reach by paths that avoid the given objects. */
    boolean[] reachedAvoiding(boolean[] avoided) {
        var reached = new boolean[count];
        var stack = new IntList();
        for (long root : roots) {
            int i = index.get(root);
            if (i >= 0 && !avoided[i] && !reached[i]) {
                reached[i] = true;
                stack.add(i);
            }
        }
        while (stack.size() > 0) {
            int o = stack.pop();
            for (int r : references(o)) {
                if (!reached[r] && !avoided[r]) {
                    reached[r] = true;
                    stack.add(r);
                }
            }
        }
        return reached;
    }

    /** A java.lang.String's text (Latin-1 or UTF-16), or "null". */
    String string(int object) {
        if (object < 0) {
            return "null";
        }
        int value = field(object, "value");
        byte coder = 0;
        for (var f : atFields(object).fields) {
            if (f.name().equals("coder")) {
                coder = buf.get();
                break;
            }
            skip(valueSize(f.type()));
        }
        buf.position(offsets[value]);
        id();
        buf.getInt();
        var bytes = new byte[buf.getInt()];
        buf.get();
        buf.get(bytes);
        return new String(bytes, coder == 0 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16LE);
    }

    final Map<Integer, String> grouped = new HashMap<>();

    /**
     * The first of the groups that the class name of this component or of one above it (by the
     * state nodes' parents) ends with; "(other)" when none does.
     */
    String group(int component, List<String> groups) {
        return grouped.computeIfAbsent(component, c -> {
            int at = c;
            for (int steps = 0; at >= 0 && steps < 200; steps++) {
                String name = className(at);
                for (var g : groups) {
                    if (name.endsWith(g)) {
                        return g;
                    }
                }
                int element = field(at, "element");
                int node = element < 0 ? -1 : field(element, "node");
                int parent = node < 0 ? -1 : field(node, "parent");
                at = -1;
                while (parent >= 0 && at < 0) {
                    at = componentOf(parent);
                    if (at < 0) {
                        parent = field(parent, "parent");
                    }
                }
            }
            return "(other)";
        });
    }

    /** The largest entries, per session. */
    static void print(Map<String, Long> map, int sessions, int limit) {
        var sorted = map.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
        long rest = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i < limit) {
                System.out.printf("%9.1f  %s%n", (double) sorted.get(i).getValue() / sessions, sorted.get(i).getKey());
            } else {
                rest += sorted.get(i).getValue();
            }
        }
        if (rest > 0) {
            System.out.printf("%9.1f  (the rest)%n", (double) rest / sessions);
        }
    }

    static final class IntList {
        int[] a = new int[16];
        int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int pop() {
            return a[--n];
        }

        int get(int i) {
            return a[i];
        }

        int size() {
            return n;
        }

        void clear() {
            n = 0;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }

    /** Open addressing, long keys (object ids, never 0) to int values. */
    static final class LongIntMap {
        long[] keys;
        int[] values;
        int size;

        LongIntMap(int capacity) {
            keys = new long[capacity];
            values = new int[capacity];
        }

        void put(long key, int value) {
            if (size * 2 >= keys.length) {
                var oldKeys = keys;
                var oldValues = values;
                keys = new long[oldKeys.length * 2];
                values = new int[oldKeys.length * 2];
                size = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldKeys[i] != 0) {
                        put(oldKeys[i], oldValues[i]);
                    }
                }
            }
            int mask = keys.length - 1;
            int i = (int) (mix(key) & mask);
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (keys[i] == 0) {
                size++;
            }
            keys[i] = key;
            values[i] = value;
        }

        int get(long key) {
            int mask = keys.length - 1;
            int i = (int) (mix(key) & mask);
            while (keys[i] != 0) {
                if (keys[i] == key) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
            return -1;
        }

        static long mix(long key) {
            key ^= key >>> 33;
            key *= 0xff51afd7ed558ccdL;
            return key ^ (key >>> 33);
        }
    }
}
