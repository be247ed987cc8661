package net.java.ao;

public interface EntityStreamCallback<T extends RawEntity<K>, K> {
    void onRowRead(T t);
}
