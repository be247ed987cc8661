package com.atlassian.confluence.spaces;

public class Space {
    private String key;
    private String name;

    public Space() {
    }

    public Space(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
