package org.socialplaybook.guidelines;

/** The body of "I have read and accept": the version the reader saw (the block's {@code versionId}). */
public record AcknowledgeRequest(Integer versionId) {
}
