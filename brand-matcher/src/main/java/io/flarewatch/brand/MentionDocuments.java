package io.flarewatch.brand;

import java.net.URI;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/** Turns a mention into the Lucene document the brand queries run against. */
final class MentionDocuments {

    private MentionDocuments() {}

    static Document toDocument(MentionDocument mention) {
        Document doc = new Document();
        String text = mention.text() == null ? "" : mention.text();
        doc.add(new TextField(Fields.TEXT, text, Field.Store.NO));
        doc.add(new TextField(Fields.TEXT_CASE, text, Field.Store.NO));
        addKeyword(doc, Fields.LANG, mention.language());
        addKeyword(doc, Fields.SOURCE, mention.source());
        if (mention.author() != null) {
            String author = mention.author().toLowerCase(Locale.ROOT);
            addKeyword(doc, Fields.AUTHOR, author.startsWith("@") ? author.substring(1) : author);
        }
        addSites(doc, mention.url());
        return doc;
    }

    /** Adds the URL's host and each parent domain, so that site:wykop.pl also finds www.wykop.pl and m.wykop.pl. */
    private static void addSites(Document doc, String url) {
        if (url == null) {
            return;
        }
        String host;
        try {
            host = URI.create(url.trim()).getHost();
        } catch (IllegalArgumentException e) {
            return;
        }
        if (host == null) {
            return;
        }
        String domain = host.toLowerCase(Locale.ROOT);
        while (domain.contains(".")) {
            doc.add(new StringField(Fields.SITE, domain, Field.Store.NO));
            domain = domain.substring(domain.indexOf('.') + 1);
        }
    }

    private static void addKeyword(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(field, value.toLowerCase(Locale.ROOT), Field.Store.NO));
        }
    }
}
