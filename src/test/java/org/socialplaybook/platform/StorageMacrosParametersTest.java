package org.socialplaybook.platform;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.Test;

public class StorageMacrosParametersTest {
    @Test
    public void eachMacrosOwnParametersAreReadWithUsersAsKeysAndTextUnescaped() {
        String storage = """
                <ac:structured-macro ac:name="guideline" ac:schema-version="1">
                <ac:parameter ac:name="title">Tone &amp; voice</ac:parameter>
                <ac:parameter ac:name="escalation-users"><ri:user ri:userkey="k1"/><ri:user ri:username="liam"/></ac:parameter>
                <ac:rich-text-body><ac:structured-macro ac:name="guideline"><ac:parameter ac:name="title">nested</ac:parameter>
                </ac:structured-macro></ac:rich-text-body></ac:structured-macro>
                <ac:structured-macro ac:name="info"><ac:parameter ac:name="title">Not a guideline</ac:parameter></ac:structured-macro>""";

        List<Map<String, String>> found = StorageMacros.parameters(storage, "guideline");

        assertEquals("Tone & voice", found.get(0).get("title"));
        assertEquals("k1,liam", found.get(0).get("escalation-users"));
        assertEquals("the nested block is a guideline of its own", "nested", found.get(1).get("title"));
        assertEquals(2, found.size());
    }
}
