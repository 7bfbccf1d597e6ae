package org.transdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The XLIFF round trip per output over the API: the approved version out, an edited file previewed and merged back. */
@ApiHttpTest
class ApiXliffTest extends ApiCallers {

    @Autowired
    org.transdesk.review.DraftService drafts;
    @Autowired
    org.transdesk.review.EditingService editing;

    /** The exported file with the target of unit s1 replaced. */
    private static String withTarget(String xliff, String unit, String target) {
        int at = xliff.indexOf("id=\"" + unit + "\"");
        int start = xliff.indexOf(">", xliff.indexOf("<target", at)) + 1;
        int end = xliff.indexOf("</target>", start);
        return xliff.substring(0, start) + target + xliff.substring(end);
    }

    @Test
    void an_edited_xliff_file_is_previewed_then_merged_into_the_draft() throws Exception {
        api.teachVietnamese(reviewer, "Xliff round trip story", "Câu chuyện khứ hồi Xliff", "The delegates signed the accord.", "Các đại biểu ký hiệp định.",
                "Talks resume in May.", "Đàm phán tiếp tục vào tháng Năm.");
        long id = api.importArticle(editor, "Xliff round trip story\nThe delegates signed the accord.\nTalks resume in May.");
        api.approve(editor, reviewer, id, "vi");

        HttpResponse<String> exported = api.get("/api/v1/articles/" + id + "/outputs/vi/xliff", editor);
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xliff+xml");
        String edited = withTarget(exported.body(), "s1", "Các đại biểu đã ký hiệp định.");

        HttpResponse<String> preview = api.send("POST", "/api/v1/articles/" + id + "/outputs/vi/xliff/preview", editor, "application/xliff+xml", edited);
        assertThat(preview.statusCode()).isEqualTo(200);
        JsonNode units = ApiClient.json(preview).get("units");
        assertThat(units.valueStream().filter(u -> u.get("position").asInt() == 1).findFirst().orElseThrow().get("outcome").asString())
                .isEqualTo("FROM_FILE");
        assertThat(ApiClient.json(api.get("/api/v1/articles/" + id + "/outputs/vi/draft", editor)).get("segments").get(1).get("text").asString())
                .as("a preview writes nothing").isNotEqualTo("Các đại biểu đã ký hiệp định.");

        HttpResponse<String> applied = api.send("POST", "/api/v1/articles/" + id + "/outputs/vi/xliff", editor, "application/xliff+xml", edited);
        assertThat(applied.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(applied).get("fromFile").valueStream().map(JsonNode::asInt).toList()).containsExactly(1);
        assertThat(ApiClient.json(api.get("/api/v1/articles/" + id + "/outputs/vi/draft", editor)).get("segments").get(1).get("text").asString())
                .isEqualTo("Các đại biểu đã ký hiệp định.");
    }

    @Test
    void an_output_goes_out_as_xliff_1_2_or_2_1_on_request_and_a_1_2_file_comes_back_in() throws Exception {
        api.teachVietnamese(reviewer, "Xliff versions story", "Câu chuyện phiên bản Xliff", "The envoys met in Jakarta.", "Các đặc phái viên gặp nhau ở Jakarta.");
        long id = api.importArticle(editor, "Xliff versions story\nThe envoys met in Jakarta.");
        api.approve(editor, reviewer, id, "vi");

        HttpResponse<String> v12 = api.get("/api/v1/articles/" + id + "/outputs/vi/xliff?version=1.2", editor);
        HttpResponse<String> v21 = api.get("/api/v1/articles/" + id + "/outputs/vi/xliff?version=2.1", editor);
        HttpResponse<String> unknown = api.get("/api/v1/articles/" + id + "/outputs/vi/xliff?version=3.0", editor);

        assertThat(v12.statusCode()).isEqualTo(200);
        assertThat(v12.body()).contains("version=\"1.2\"").contains("<trans-unit");
        assertThat(v12.headers().firstValue("Content-Disposition").orElseThrow()).contains("xliff12");
        assertThat(v21.body()).contains("version=\"2.1\"");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(unknown).get("detail").asString()).contains("2.0, 2.1 or 1.2");
        assertThat(api.get("/api/v1/articles/" + id + "/outputs/vi/approved?format=xliff12", editor).body()).contains("version=\"1.2\"");

        HttpResponse<String> applied = api.send("POST", "/api/v1/articles/" + id + "/outputs/vi/xliff", editor, "application/xliff+xml",
                withTarget(v12.body(), "s1", "Các đặc phái viên đã gặp nhau tại Jakarta."));
        assertThat(applied.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(api.get("/api/v1/articles/" + id + "/outputs/vi/draft", editor)).get("segments").get(1).get("text").asString())
                .isEqualTo("Các đặc phái viên đã gặp nhau tại Jakarta.");
    }

    @Test
    void a_paragraph_changed_in_the_file_and_here_is_a_conflict_resolved_by_a_choice_sent_with_the_file() throws Exception {
        api.teachVietnamese(reviewer, "Xliff conflict story", "Câu chuyện xung đột Xliff", "The ministers met on Monday.", "Các bộ trưởng họp thứ Hai.");
        long id = api.importArticle(editor, "Xliff conflict story\nThe ministers met on Monday.");
        api.approve(editor, reviewer, id, "vi");
        String file = withTarget(api.get("/api/v1/articles/" + id + "/outputs/vi/xliff", editor).body(), "s1", "Các bộ trưởng gặp nhau hôm thứ Hai.");
        ApiClient.as("editor", "ROLE_EDITOR", () -> {
            var draft = drafts.find(id, org.transdesk.article.Output.VI).orElseThrow();
            return editing.editSegment(draft.id(), 1, "Các bộ trưởng đã họp vào thứ Hai.", draft.segments().get(1).revision());
        });

        HttpResponse<String> unresolved = api.send("POST", "/api/v1/articles/" + id + "/outputs/vi/xliff", editor, "application/xliff+xml", file);
        assertThat(unresolved.statusCode()).isEqualTo(422);
        assertThat(ApiClient.json(unresolved).get("detail").asString()).contains("[1]").contains("Nothing was imported");

        String multipart = "--b2\r\nContent-Disposition: form-data; name=\"file\"; filename=\"vi.xlf\"\r\nContent-Type: application/xliff+xml\r\n\r\n"
                + file + "\r\n--b2\r\nContent-Disposition: form-data; name=\"resolutions\"\r\nContent-Type: application/json\r\n\r\n"
                + "[{\"position\": 1, \"choice\": \"MERGED\", \"text\": \"Các bộ trưởng đã gặp nhau hôm thứ Hai.\"}]\r\n--b2--\r\n";
        HttpResponse<String> resolved = api.send("POST", "/api/v1/articles/" + id + "/outputs/vi/xliff", editor, "multipart/form-data; boundary=b2", multipart);

        assertThat(resolved.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(resolved).get("resolved").valueStream().map(JsonNode::asInt).toList()).containsExactly(1);
        assertThat(ApiClient.json(api.get("/api/v1/articles/" + id + "/outputs/vi/draft", editor)).get("segments").get(1).get("text").asString())
                .isEqualTo("Các bộ trưởng đã gặp nhau hôm thứ Hai.");
    }

    @Test
    void a_file_of_another_article_is_refused_naming_its_article_and_changes_nothing() throws Exception {
        api.teachVietnamese(reviewer, "Xliff theirs story", "Câu chuyện của họ", "Another paragraph there.", "Một đoạn khác ở đó.");
        long mine = api.importArticle(editor, "Xliff mine story\nFirst paragraph here.");
        long theirs = api.importArticle(editor, "Xliff theirs story\nAnother paragraph there.");
        api.approve(editor, reviewer, theirs, "vi");
        api.draft(editor, mine, "vi");
        String file = withTarget(api.get("/api/v1/articles/" + theirs + "/outputs/vi/xliff", editor).body(), "s1", "Đoạn khác.");

        HttpResponse<String> refused = api.send("POST", "/api/v1/articles/" + mine + "/outputs/vi/xliff", editor, "application/xliff+xml", file);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(ApiClient.json(refused).get("detail").asString()).contains("Xliff theirs story").contains("Nothing was imported");
    }

    @Test
    void the_summary_has_no_xliff() throws Exception {
        long id = api.importArticle(editor, "Xliff summary story\nOne paragraph for the summary.");
        api.approve(editor, reviewer, id, "summary");

        HttpResponse<String> refused = api.get("/api/v1/articles/" + id + "/outputs/summary/xliff", editor);

        assertThat(refused.statusCode()).isEqualTo(422);
    }
}
