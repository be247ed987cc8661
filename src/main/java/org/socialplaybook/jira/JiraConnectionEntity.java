package org.socialplaybook.jira;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A space's Jira connection. The token is kept sealed ({@code SEALED_SECRET}, see {@link org.socialplaybook.platform.Secrets}),
 * read only by {@link JiraConnectionStore}, never shown. {@code SECRET} is where earlier versions kept it in clear
 * text: the store empties it when it seals what it finds there.
 */
@Preload
@Table("JiraConn")
public interface JiraConnectionEntity extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String BASE_URL = "BASE_URL";
    String AUTH = "AUTH";
    String USER_NAME = "USER_NAME";
    String SECRET = "SECRET";
    String SEALED_SECRET = "SEALED_SECRET";
    String UPDATED_BY = "UPDATED_BY";
    String UPDATED_AT = "UPDATED_AT";
    String ISSUE_LANG = "ISSUE_LANG";

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    String getBaseUrl();

    void setBaseUrl(String baseUrl);

    @NotNull
    /** A {@link JiraAuth} name. */
    String getAuth();

    void setAuth(String auth);

    String getUserName();

    void setUserName(String userName);

    String getSecret();

    void setSecret(String secret);

    @StringLength(StringLength.UNLIMITED)
    String getSealedSecret();

    void setSealedSecret(String sealedSecret);

    String getUpdatedBy();

    void setUpdatedBy(String updatedBy);

    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);

    /** The language issues are written in (a language tag, e.g. {@code es}); null: the site's default language. */
    String getIssueLang();

    void setIssueLang(String issueLang);
}
