package net.java.ao.types;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import net.java.ao.RawEntity;

/**
 * The sandbox's copy of ActiveObjects 0.8.2's type registry, same API and same answers, without its global locks;
 * it comes before the ORM's jar on the sandbox's class path, so the ORM loads this one.
 *
 * <p>0.8.2's {@code TypeManager} is reached on every entity getter and every query parameter: {@code getInstance()}
 * is {@code static synchronized}, each {@code getType} takes an exclusive write lock (even for a hit) and first asks
 * {@code Common.typeInstanceOf}, which throws and catches a {@code ClassCastException} for every type that is not an
 * entity. Under load (issue 14) request threads queued on that monitor and lock; on a busy machine a thread preempted
 * while holding either kept all others waiting. Here the instance is created once, lookups are a concurrent map read
 * and the entity check is {@code isAssignableFrom}. Atlassian's fork of AO replaced this class the same way
 * (immutable type registries, no locks). The plugin never sees a difference: it uses the ActiveObjects API only.
 */
public class TypeManager {
    private static final TypeManager INSTANCE = new TypeManager();

    private final List<DatabaseType<?>> types = new CopyOnWriteArrayList<>();
    private final Map<Class<?>, DatabaseType<?>> classIndex = new ConcurrentHashMap<>();
    private final Map<Integer, DatabaseType<?>> intIndex = new ConcurrentHashMap<>();

    private TypeManager() {
        // the stock registration order: the first type that handles a class or an SQL type wins
        types.add(new BigIntType());
        types.add(new BooleanType());
        types.add(new BlobType());
        types.add(new CharType());
        types.add(new DoubleType());
        types.add(new FloatType());
        types.add(new IntegerType());
        types.add(new TimestampType());
        types.add(new TimestampDateType());
        types.add(new TinyIntType());
        types.add(new VarcharType());
        types.add(new DateType());
        types.add(new DateDateType());
        types.add(new EnumType());
        types.add(new RealType());
        types.add(new URLType());
        types.add(new URIType());
    }

    public static TypeManager getInstance() {
        return INSTANCE;
    }

    public void addType(DatabaseType<?> type) {
        types.add(type);
    }

    @SuppressWarnings("unchecked")
    public <T> DatabaseType<T> getType(Class<T> javaType) {
        if (RawEntity.class.isAssignableFrom(javaType)) {
            return (DatabaseType<T>) new EntityType<>((Class) javaType);
        }
        DatabaseType<?> known = classIndex.get(javaType);
        if (known != null) {
            return (DatabaseType<T>) known;
        }
        for (DatabaseType<?> type : types) {
            if (type.isHandlerFor(javaType)) {
                classIndex.putIfAbsent(javaType, type);
                return (DatabaseType<T>) type;
            }
        }
        throw new RuntimeException("Unrecognized type: " + javaType.getName());
    }

    public DatabaseType<?> getType(int sqlType) {
        return intIndex.computeIfAbsent(sqlType, t -> {
            for (DatabaseType<?> type : types) {
                if (type.isHandlerFor(t)) {
                    return type;
                }
            }
            return new GenericType(t);
        });
    }
}
