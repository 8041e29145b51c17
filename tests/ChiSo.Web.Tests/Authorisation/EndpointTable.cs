using System.Globalization;

namespace ChiSo.Web.Tests.Authorisation;

/// <summary>
/// Every endpoint of the app and who may use it. Letters in the order anonymous, administrator, organiser, reviewer,
/// leader (Tây Ninh), reporter, head (both of Sở KH&amp;CN Tây Ninh): A allowed, R refused, S sent to sign in.
/// "own" is the reporter's unit, "other" another department of the same province (which its leader also follows).
/// Rows that change state run late: the head's sign-off is the very last one.
/// </summary>
internal static class EndpointTable
{
    public static IReadOnlyList<MatrixRow> Rows { get; } =
    [
        // Open to everyone.
        new("health", Send.Get, _ => "/health", "A A A A A A A"),
        new("sign-in page", Send.Get, _ => "/signin", "A A A A A A A"),
        new("OpenAPI document", Send.Get, _ => "/openapi/v1.json", "A A A A A A A"),
        // A set-password link is its own authority: an unknown ticket gets the page's explanation (400), whoever asks.
        new("set-password page, unknown ticket", Send.Get, _ => "/account/set-password?ticket=unknown", "A A A A A A A"),
        // The public portal and open data (issue 14 §6): a published campaign for everyone; the department campaign,
        // with nothing published, is "not found" for everyone, signed in or not.
        new("public: published campaigns", Send.Get, _ => "/public", "A A A A A A A"),
        new("public: methodology, published", Send.Get, i => $"/public/campaigns/{i.PublishedCampaignId}/methodology", "A A A A A A A"),
        new("public: methodology, unpublished", Send.Get, i => $"/public/campaigns/{i.CampaignId}/methodology", "R R R R R R R"),
        new("open data: campaigns", Send.Get, _ => "/open/v1/campaigns", "A A A A A A A"),
        new("open data: ranking JSON, published", Send.Get, i => $"/open/v1/campaigns/{i.PublishedCampaignId}/ranking.json", "A A A A A A A"),
        new("open data: ranking JSON, unpublished", Send.Get, i => $"/open/v1/campaigns/{i.CampaignId}/ranking.json", "R R R R R R R"),
        new("open data: ranking CSV, published", Send.Get, i => $"/open/v1/campaigns/{i.PublishedCampaignId}/ranking.csv", "A A A A A A A"),
        new("open data: ranking CSV, unpublished", Send.Get, i => $"/open/v1/campaigns/{i.CampaignId}/ranking.csv", "R R R R R R R"),

        // The first administrator's page exists only before any administrator does: gone (404) for everyone here.
        new("first administrator page, an administrator exists", Send.Get, _ => "/setup/first-admin", "R R R R R R R"),
        new("first administrator form, an administrator exists", Send.Form, _ => "/setup/first-admin", "R R R R R R R"),

        // Pages of every signed-in user.
        new("home page", Send.Get, _ => "/", "S A A A A A A"),
        new("campaign page", Send.Get, i => $"/campaigns/{i.CampaignId}", "S A A A A A A"),
        new("my tasks page", Send.Get, _ => "/tasks", "S A A A A A A"),
        new("notifications page", Send.Get, _ => "/notifications", "S A A A A A A"),
        new("mark notifications read", Send.Form, _ => "/notifications/read", "S A A A A A A"),
        new("API: my tasks", Send.Get, _ => "/api/v1/tasks", "S A A A A A A"),
        new("my account page", Send.Get, _ => "/account", "S A A A A A A"),
        new("my tokens page", Send.Get, _ => "/account/tokens", "S A A A A A A"),
        new("change my password (none given)", Send.Form, _ => "/account/password", "S A A A A A A"),
        new("API: my tokens", Send.Get, _ => "/api/v1/account/tokens", "S A A A A A A"),
        new("API: create a token", Send.Json, _ => "/api/v1/account/tokens", "S A A A A A A", _ => new { name = "Ma trận quyền" }),
        new("API: revoke the reporter's token", Send.Json, i => $"/api/v1/account/tokens/{i.ReporterTokenId}/revoke", "S R R R R A R"),
        new("revoke the reporter's token (form)", Send.Form, i => $"/account/tokens/{i.ReporterTokenId}/revoke", "S R R R R A R"),

        // Administering accounts: administrators alone (the target is an account none of the callers uses).
        new("administration: users page", Send.Get, _ => "/admin/users", "S A R R R R R"),
        new("administration: reset a password (none given)", Send.Form, i => $"/admin/users/{i.SpareUserId}/password", "S A R R R R R"),
        new("administration: unlock", Send.Form, i => $"/admin/users/{i.SpareUserId}/unlock", "S A R R R R R"),
        new("administration: sign a user out everywhere", Send.Form, i => $"/admin/users/{i.SpareUserId}/signout-everywhere", "S A R R R R R"),
        new("administration: deactivate a user", Send.Form, i => $"/admin/users/{i.SpareUserId}/deactivate", "S A R R R R R"),

        // People: administrators everywhere, organisers within their units (the system-wide demo organiser: every unit),
        // nobody else. The spare account holds no membership, so only an administrator sees it (others: not found).
        // The audit log: administrators and system-wide organisers, who see every event (docs in AuditPage.razor).
        new("audit page", Send.Get, _ => "/audit", "S A A R R R R"),
        new("audit CSV", Send.Get, _ => "/audit.csv", "S A A R R R R"),
        new("API: audit events", Send.Get, _ => "/api/v1/audit", "S A A R R R R"),
        new("API: audit verification", Send.Get, _ => "/api/v1/audit/verification", "S A A R R R R"),

        new("people: list page", Send.Get, _ => "/people", "S A A R R R R"),
        new("people: new person page", Send.Get, _ => "/people/new", "S A A R R R R"),
        new("people: sheet page", Send.Get, _ => "/people/sheet", "S A A R R R R"),
        new("people: a person's page", Send.Get, i => $"/people/{i.SpareUserId}", "S A R R R R R"),
        new("get a new link page", Send.Get, _ => "/account/new-link", "A A A A A A A"),

        // Published results are public (issue 14); a campaign without a published result is not found, for everyone.
        new("public unit profile", Send.Get, i => $"/public/campaigns/{i.PublishedCampaignId}/units/45", "A A A A A A A"),
        new("public unit scorecard print view", Send.Get, i => $"/public/campaigns/{i.PublishedCampaignId}/units/45/print", "A A A A A A A"),
        new("public scorecard PDF (the print view when no PDF can be made)", Send.Get, i => $"/public/campaigns/{i.PublishedCampaignId}/units/45/scorecard.pdf", "A A A A A A A"),
        new("public map", Send.Get, i => $"/public/campaigns/{i.PublishedCampaignId}/map?measure=rank", "A A A A A A A"),
        new("public unit profile, unpublished campaign", Send.Get, i => $"/public/campaigns/{i.CampaignId}/units/80.S07", "R R R R R R R"),
        new("public scorecard PDF, unpublished campaign", Send.Get, i => $"/public/campaigns/{i.CampaignId}/units/80.S07/scorecard.pdf", "R R R R R R R"),
        new("public scorecard print view, unpublished campaign", Send.Get, i => $"/public/campaigns/{i.CampaignId}/units/80.S07/print", "R R R R R R R"),
        new("public map, unpublished campaign", Send.Get, i => $"/public/campaigns/{i.CampaignId}/map", "R R R R R R R"),
        new("API: people", Send.Get, _ => "/api/v1/people", "S A A R R R R"),
        new("API: create a person (none given)", Send.Json, _ => "/api/v1/people", "S A A R R R R"),
        new("API: people sheet template", Send.Get, _ => "/api/v1/people/sheet/template", "S A A R R R R"),
        new("API: people sheet preview", Send.Multipart, _ => "/api/v1/people/sheet/preview", "S A A R R R R"),
        new("API: people sheet apply (unknown)", Send.Json, _ => "/api/v1/people/sheet/none/apply", "S R R R R R R"),
        new("API: a person", Send.Get, i => $"/api/v1/people/{i.SpareUserId}", "S A R R R R R"),
        new("API: a person's memberships (none given)", Send.Put, i => $"/api/v1/people/{i.SpareUserId}/memberships", "S A R R R R R"),
        new("API: resend an invitation", Send.Json, i => $"/api/v1/people/{i.SpareUserId}/invitation", "S A R R R R R"),
        new("API: deactivate a person", Send.Json, i => $"/api/v1/people/{i.SpareUserId}/deactivate", "S A R R R R R"),
        new("API: reactivate a person", Send.Json, i => $"/api/v1/people/{i.SpareUserId}/reactivate", "S A R R R R R"),

        // A unit's data: its own people, and those who see every unit or lead the province.
        new("entry page, own unit", Send.Get, i => $"/campaigns/{i.CampaignId}/units/{i.OwnUnitId}", "S A A A A A A"),
        new("entry page, other unit", Send.Get, i => $"/campaigns/{i.CampaignId}/units/{i.OtherUnitId}", "S A A A A R R"),
        new("API: points, own", Send.Get, i => $"/api/v1/submissions/{i.OwnSubmissionId}/points", "S A A A A A A"),
        new("API: points, other", Send.Get, i => $"/api/v1/submissions/{i.OtherSubmissionId}/points", "S A A A A R R"),
        new("API: evidence list, own", Send.Get, i => $"/api/v1/submissions/{i.OwnSubmissionId}/evidence", "S A A A A A A"),
        new("API: evidence list, other", Send.Get, i => $"/api/v1/submissions/{i.OtherSubmissionId}/evidence", "S A A A A R R"),
        new("API: evidence file, own", Send.Get, i => $"/api/v1/submissions/{i.OwnSubmissionId}/evidence/{i.OwnEvidenceId}/file", "S A A A A A A"),
        new("API: evidence file, other", Send.Get, i => $"/api/v1/submissions/{i.OtherSubmissionId}/evidence/{i.OtherEvidenceId}/file", "S A A A A R R"),
        new("evidence panel, own", Send.Get, i => $"/submissions/{i.OwnSubmissionId}/criteria/1.1/evidence-panel", "S A A A A A A"),
        new("evidence panel, other", Send.Get, i => $"/submissions/{i.OtherSubmissionId}/criteria/1.1/evidence-panel", "S A A A A R R"),
        new("submit page, own", Send.Get, i => $"/campaigns/{i.CampaignId}/units/{i.OwnUnitId}/submit", "S A A A A A A"),
        new("submit page, other", Send.Get, i => $"/campaigns/{i.CampaignId}/units/{i.OtherUnitId}/submit", "S A A A A R R"),
        new("workbook page, own", Send.Get, i => $"/campaigns/{i.CampaignId}/units/{i.OwnUnitId}/workbook", "S A A A A A A"),
        new("workbook page, other", Send.Get, i => $"/campaigns/{i.CampaignId}/units/{i.OtherUnitId}/workbook", "S A A A A R R"),
        new("workbook preview page, own", Send.Get, i => $"/campaigns/{i.CampaignId}/units/{i.OwnUnitId}/workbook/preview/{{upload}}", "S R R R R A A"),
        new("workbook preview page, other", Send.Get, i => $"/campaigns/{i.CampaignId}/units/{i.OtherUnitId}/workbook/preview/none", "S R R R R R R"),
        new("workbook download, own", Send.Get, i => $"/campaigns/{i.CampaignId}/units/{i.OwnUnitId}/workbook.xlsx", "S A A A A A A"),
        new("workbook download, other", Send.Get, i => $"/campaigns/{i.CampaignId}/units/{i.OtherUnitId}/workbook.xlsx", "S A A A A R R"),

        // Changing a unit's data: only its reporter and head.
        new("API: save a value, own", Send.Json, i => $"/api/v1/submissions/{i.OwnSubmissionId}/values", "S R R R R A A", Value),
        new("API: save a value, other", Send.Json, i => $"/api/v1/submissions/{i.OtherSubmissionId}/values", "S R R R R R R", Value),
        new("API: cite a document, own", Send.Form, i => $"/api/v1/submissions/{i.OwnSubmissionId}/criteria/1.1/evidence/citations", "S R R R R A A", Citation),
        new("API: cite a document, other", Send.Form, i => $"/api/v1/submissions/{i.OtherSubmissionId}/criteria/1.1/evidence/citations", "S R R R R R R", Citation),
        new("API: upload evidence, own", Send.Multipart, i => $"/api/v1/submissions/{i.OwnSubmissionId}/criteria/1.1/evidence/files", "S R R R R A A"),
        new("API: upload evidence, other", Send.Multipart, i => $"/api/v1/submissions/{i.OtherSubmissionId}/criteria/1.1/evidence/files", "S R R R R R R"),
        new("API: remove evidence, own", Send.Form, i => $"/api/v1/submissions/{i.OwnSubmissionId}/evidence/{i.OwnEvidenceId}/remove", "S R R R R A A") { Fresh = true },
        new("API: remove evidence, other", Send.Form, i => $"/api/v1/submissions/{i.OtherSubmissionId}/evidence/{i.OtherEvidenceId}/remove", "S R R R R R R") { Fresh = true },
        new("workbook upload, own", Send.Multipart, i => $"/campaigns/{i.CampaignId}/units/{i.OwnUnitId}/workbook/upload", "S R R R R A A"),
        new("workbook upload, other", Send.Multipart, i => $"/campaigns/{i.CampaignId}/units/{i.OtherUnitId}/workbook/upload", "S R R R R R R"),
        new("workbook apply, own", Send.Form, i => $"/campaigns/{i.CampaignId}/units/{i.OwnUnitId}/workbook/preview/none/apply", "S R R R R A A"),
        new("workbook apply, other", Send.Form, i => $"/campaigns/{i.CampaignId}/units/{i.OtherUnitId}/workbook/preview/none/apply", "S R R R R R R"),
        new("API: workbook, own", Send.Get, i => $"/api/v1/submissions/{i.OwnSubmissionId}/workbook", "S A A A A A A"),
        new("API: workbook, other", Send.Get, i => $"/api/v1/submissions/{i.OtherSubmissionId}/workbook", "S A A A A R R"),
        new("API: workbook preview, own", Send.Multipart, i => $"/api/v1/submissions/{i.OwnSubmissionId}/workbook/preview", "S R R R R A A"),
        new("API: workbook preview, other", Send.Multipart, i => $"/api/v1/submissions/{i.OtherSubmissionId}/workbook/preview", "S R R R R R R"),
        new("API: workbook apply, own", Send.Json, i => $"/api/v1/submissions/{i.OwnSubmissionId}/workbook/preview/{{preview}}/apply", "S R R R R A A"),
        new("API: workbook apply, other", Send.Json, i => $"/api/v1/submissions/{i.OtherSubmissionId}/workbook/preview/none/apply", "S R R R R R R"),

        // Review (ADR 0024): the demo reviewer is assigned the other unit only; organisers and administrators follow
        // the whole review read-only; reviewed points are the assigned reviewer's alone (here refused by the stage: 409).
        new("review: reviewers page", Send.Get, i => $"/setup/campaigns/{i.CampaignId}/reviewers", "S A A R R R R"),
        new("review: workspace", Send.Get, i => $"/campaigns/{i.CampaignId}/review", "S A A A R R R"),
        new("review: unit page, own", Send.Get, i => $"/campaigns/{i.CampaignId}/review/units/{i.OwnUnitId}", "S A A R R R R"),
        new("review: unit page, other", Send.Get, i => $"/campaigns/{i.CampaignId}/review/units/{i.OtherUnitId}", "S A A A R R R"),
        new("review: evidence file, own", Send.Get, i => $"/campaigns/{i.CampaignId}/review/evidence/{i.OwnEvidenceId}", "S A A A A A A"),
        new("review: evidence file, other", Send.Get, i => $"/campaigns/{i.CampaignId}/review/evidence/{i.OtherEvidenceId}", "S A A A A R R"),
        new("API: reviewers", Send.Get, i => $"/api/v1/campaigns/{i.CampaignId}/reviewers", "S A A R R R R"),
        new("API: assign a reviewer (none given)", Send.Json, i => $"/api/v1/campaigns/{i.CampaignId}/reviewers", "S A A R R R R"),
        // An unknown assignment: 404 for organisers, 403 for everyone else; the two rows above prove the policy.
        new("API: remove a reviewer (unknown)", Send.Delete, i => $"/api/v1/campaigns/{i.CampaignId}/reviewers/0", "S R R R R R R"),
        new("API: unit review, own", Send.Get, i => $"/api/v1/campaigns/{i.CampaignId}/review/units/{i.OwnUnitId}", "S A A R R R R"),
        new("API: unit review, other", Send.Get, i => $"/api/v1/campaigns/{i.CampaignId}/review/units/{i.OtherUnitId}", "S A A A R R R"),
        new("API: reviewed points, own", Send.Json, i => $"/api/v1/submissions/{i.OwnSubmissionId}/review/points", "S R R R R R R", ReviewedPoints),
        new("API: reviewed points, other", Send.Json, i => $"/api/v1/submissions/{i.OtherSubmissionId}/review/points", "S R R A R R R", ReviewedPoints),
        new("API: accept the rule's points, own", Send.Json, i => $"/api/v1/submissions/{i.OwnSubmissionId}/review/accept", "S R R R R R R", Accept),
        new("API: accept the rule's points, other", Send.Json, i => $"/api/v1/submissions/{i.OtherSubmissionId}/review/accept", "S R R A R R R", Accept),

        // Following progress: organisers (who may also remind) and leaders.
        new("progress page", Send.Get, i => $"/campaigns/{i.CampaignId}/progress", "S A A R A R R"),
        new("API: progress", Send.Get, i => $"/api/v1/campaigns/{i.CampaignId}/progress", "S A A R A R R"),
        new("send reminders", Send.Form, i => $"/campaigns/{i.CampaignId}/progress/remind", "S A A R R R R"),

        // Setting up campaigns: organisers and administrators.
        new("set-up home", Send.Get, _ => "/setup", "S A A R R R R"),
        new("set-up: campaign page", Send.Get, i => $"/setup/campaigns/{i.CampaignId}", "S A A R R R R"),
        new("set-up: units page", Send.Get, i => $"/setup/campaigns/{i.CampaignId}/units", "S A A R R R R"),
        new("set-up: schedule page", Send.Get, i => $"/setup/campaigns/{i.CampaignId}/schedule", "S A A R R R R"),
        new("set-up: assignments page", Send.Get, i => $"/setup/campaigns/{i.CampaignId}/assignments", "S A A R R R R"),
        new("set-up: extensions page", Send.Get, i => $"/setup/campaigns/{i.CampaignId}/extensions", "S A A R R R R"),
        new("set-up: status page", Send.Get, i => $"/setup/campaigns/{i.CampaignId}/status", "S A A R R R R"),
        new("set-up: post a form", Send.Form, i => $"/setup/campaigns/{i.CampaignId}/units", "S A A R R R R"),
        new("API: campaigns", Send.Get, _ => "/api/v1/campaigns", "S A A R R R R"),
        new("API: create a campaign", Send.Json, _ => "/api/v1/campaigns", "S A A R R R R"),
        new("API: campaign units", Send.Get, i => $"/api/v1/campaigns/{i.CampaignId}/units", "S A A R R R R"),
        new("API: add units", Send.Json, i => $"/api/v1/campaigns/{i.CampaignId}/units", "S A A R R R R"),
        new("API: remove a unit that has values", Send.Delete, i => $"/api/v1/campaigns/{i.CampaignId}/units/{i.OwnUnitId}", "S A A R R R R"),
        new("API: remove a unit (POST)", Send.Json, i => $"/api/v1/campaigns/{i.CampaignId}/units/{i.OwnUnitId}/remove", "S A A R R R R"),
        new("API: schedule", Send.Put, i => $"/api/v1/campaigns/{i.CampaignId}/schedule", "S A A R R R R"),
        new("API: assignments", Send.Get, i => $"/api/v1/campaigns/{i.CampaignId}/assignments", "S A A R R R R"),
        new("API: assign a criterion", Send.Put, i => $"/api/v1/campaigns/{i.CampaignId}/assignments", "S A A R R R R"),
        new("API: assignments from a workbook", Send.Multipart, i => $"/api/v1/campaigns/{i.CampaignId}/assignments/workbook", "S A A R R R R"),
        new("API: grant an extension", Send.Json, i => $"/api/v1/campaigns/{i.CampaignId}/extensions", "S A A R R R R"),
        new("API: change the status", Send.Json, i => $"/api/v1/campaigns/{i.CampaignId}/status", "S A A R R R R"),

        // Editing a draft framework edition: organisers and administrators.
        new("edition editor page", Send.Get, i => $"/editions/{i.DraftEditionId}/edit", "S A A R R R R"),
        new("edition editor: post a form", Send.Form, i => $"/editions/{i.DraftEditionId}/edit", "S A A R R R R"),
        new("API: a draft edition", Send.Get, i => $"/api/v1/editions/{i.DraftEditionId}/draft", "S A A R R R R"),
        new("API: edit a draft edition (no operation)", Send.Json, i => $"/api/v1/editions/{i.DraftEditionId}/draft/edits", "S A A R R R R"),
        new("API: check a formula", Send.Json, _ => "/api/v1/formulas/check", "S A A R R R R", _ => new { rule = "max", maxPoints = 1 }),

        // Units: everyone signed in views them; administrators and organisers (within their provinces) change a province's bodies and groups.
        // "own" is Sở KH&CN Tây Ninh, a province body: the edits send its own values, so nothing the other rows use changes.
        new("units page", Send.Get, _ => "/units?q=tay+ninh", "S A A A A A A"),
        new("unit page", Send.Get, i => $"/units/{i.OwnUnitId}", "S A A A A A A"),
        new("unit page: edit the body (form)", Send.Form, i => $"/units/{i.OwnUnitId}", "S A A R R R R", OwnBodyForm),
        new("new body page", Send.Get, _ => "/units/new", "S A A R R R R"),
        new("units sheet page", Send.Get, _ => "/units/sheet", "S A A R R R R"),
        new("comparison groups page", Send.Get, _ => "/units/groups", "S A A A A A A"),
        new("comparison groups: create (form)", Send.Form, _ => "/units/groups", "S A A R R R R", _ => new Dictionary<string, string> { ["_handler"] = "create-group", ["code"] = "ma-tran", ["name"] = "Trùng mã" }),
        new("comparison group members page", Send.Get, i => $"/units/groups/{i.GroupId}", "S A A R R R R"),
        new("API: units", Send.Get, _ => "/api/v1/units?q=khoa+hoc&level=department", "S A A A A A A"),
        new("API: a unit", Send.Get, i => $"/api/v1/units/{i.OwnUnitId}", "S A A A A A A"),
        new("API: comparison groups", Send.Get, _ => "/api/v1/unit-groups", "S A A A A A A"),
        new("API: units sheet template", Send.Get, _ => "/api/v1/units/sheet/template", "S A A A A A A"),
        new("API: add a body", Send.Json, _ => "/api/v1/units", "S A A R R R R", _ => new { code = "80.MT1", name = "Ban của ma trận quyền", type = "ban", parentCode = "80", validFrom = "01/07/2025" }),
        new("API: change a body", Send.Put, i => $"/api/v1/units/{i.OwnUnitId}", "S A A R R R R", OwnBody),
        new("API: end a body (bad date)", Send.Json, i => $"/api/v1/units/{i.OwnUnitId}/end", "S A A R R R R", _ => new { validTo = "31/02/2030" }),
        new("API: units sheet preview", Send.Multipart, _ => "/api/v1/units/sheet/preview", "S A A R R R R"),
        new("API: units sheet apply", Send.Multipart, _ => "/api/v1/units/sheet/apply", "S A A R R R R"),
        new("API: create a comparison group", Send.Json, _ => "/api/v1/unit-groups", "S A A R R R R", _ => new { code = "ma-tran-api", name = "Nhóm API của ma trận" }),
        new("API: rename a comparison group", Send.Put, i => $"/api/v1/unit-groups/{i.GroupId}", "S A A R R R R", _ => new { name = "Nhóm của ma trận quyền", ranked = true }),
        new("API: set a group's members", Send.Put, i => $"/api/v1/unit-groups/{i.GroupId}/members", "S A A R R R R", _ => new { codes = Array.Empty<string>() }),
        // The review process (ADR 0024): its stage and each round's results for whoever sees the campaign (a unit only its
        // own, and only when RoundVisibility says so; here nothing is computed yet: 409, allowed); the published result
        // for everyone signed in. Moves: organisers the process, the campaign's leaders (the province's leader) the
        // approval, administrators the reopening; each sends version -1, so an allowed caller gets 409 and nothing moves.
        new("API: review stage", Send.Get, i => $"/api/v1/campaigns/{i.CampaignId}/stage", "S A A A A A A"),
        new("API: round-1 results", Send.Get, i => $"/api/v1/campaigns/{i.CampaignId}/results?round=1", "S A A A A A A"),
        new("API: published results", Send.Get, i => $"/api/v1/campaigns/{i.CampaignId}/results?round=final", "S A A A A A A"),
        // The public ranking and its downloads (Features/Results): open to everyone once a result is published; a
        // campaign that has published nothing answers 404 to everyone on every route.
        new("public ranking page, published", Send.Get, i => $"/public/campaigns/{i.PublishedCampaignId}", "A A A A A A A"),
        new("public ranking xlsx, published", Send.Get, i => $"/public/campaigns/{i.PublishedCampaignId}/ranking.xlsx", "A A A A A A A"),
        new("public ranking csv, published", Send.Get, i => $"/public/campaigns/{i.PublishedCampaignId}/ranking.csv", "A A A A A A A"),
        new("public ranking json, published", Send.Get, i => $"/public/campaigns/{i.PublishedCampaignId}/ranking.json", "A A A A A A A"),
        new("public ranking page, nothing published", Send.Get, i => $"/public/campaigns/{i.CampaignId}", "R R R R R R R"),
        new("public ranking xlsx, nothing published", Send.Get, i => $"/public/campaigns/{i.CampaignId}/ranking.xlsx", "R R R R R R R"),
        new("public ranking csv, nothing published", Send.Get, i => $"/public/campaigns/{i.CampaignId}/ranking.csv", "R R R R R R R"),
        new("public ranking json, nothing published", Send.Get, i => $"/public/campaigns/{i.CampaignId}/ranking.json", "R R R R R R R"),
        .. StageRows("open-review", "S A A R R R R"),
        .. StageRows("publish-round1", "S A A R R R R"),
        .. StageRows("open-round2", "S A A R R R R"),
        .. StageRows("close-round2", "S A A R R R R"),
        .. StageRows("approve", "S R R R A R R"),
        .. StageRows("send-back", "S R R R A R R"),
        .. StageRows("publish", "S A A R R R R"),
        .. StageRows("reopen", "S A R R R R R"),
        // Returning a signed submission: organisers and administrators (without a reason: refused with 400 once allowed).
        new("API: return a submission, own", Send.Form, i => $"/api/v1/submissions/{i.OwnSubmissionId}/return", "S A A R R R R"),
        new("API: return a submission, other", Send.Form, i => $"/api/v1/submissions/{i.OtherSubmissionId}/return", "S A A R R R R"),
        // Framework editions: organisers and administrators; nobody else may see drafts, upload or publish.
        new("editions page", Send.Get, _ => "/editions", "S A A R R R R"),
        new("edition page", Send.Get, i => $"/editions/{i.EditionId}", "S A A R R R R"),
        new("editions diff page", Send.Get, i => $"/editions/{i.EditionId}/diff/{i.EditionId}", "S A A R R R R"),
        new("edition download, YAML", Send.Get, i => $"/editions/{i.EditionId}/edition.yaml", "S A A R R R R"),
        new("edition download, workbook", Send.Get, i => $"/editions/{i.EditionId}/edition.xlsx", "S A A R R R R"),
        new("editions diff, CSV", Send.Get, i => $"/editions/{i.EditionId}/diff/{i.EditionId}.csv", "S A A R R R R"),
        new("editions diff, workbook", Send.Get, i => $"/editions/{i.EditionId}/diff/{i.EditionId}.xlsx", "S A A R R R R"),
        new("upload a framework (form)", Send.Multipart, _ => "/editions/upload", "S A A R R R R"),
        new("publish an edition (form, already published)", Send.Form, i => $"/editions/{i.EditionId}/publish", "S A A R R R R"),
        new("new edition from this one (form)", Send.Form, i => $"/editions/{i.EditionId}/copy", "S A A R R R R"),
        new("API: editions", Send.Get, _ => "/api/v1/editions", "S A A R R R R"),
        new("API: upload a framework", Send.Multipart, _ => "/api/v1/editions", "S A A R R R R"),
        new("API: an edition", Send.Get, i => $"/api/v1/editions/{i.EditionId}", "S A A R R R R"),
        new("API: publish an edition (already published)", Send.Json, i => $"/api/v1/editions/{i.EditionId}/publish", "S A A R R R R"),
        new("API: new edition from this one", Send.Json, i => $"/api/v1/editions/{i.EditionId}/copy", "S A A R R R R"),
        new("API: diff two editions", Send.Get, i => $"/api/v1/editions/{i.EditionId}/diff/{i.EditionId}", "S A A R R R R"),
        new("API: export an edition", Send.Get, i => $"/api/v1/editions/{i.EditionId}/export?to=xlsx", "S A A R R R R"),

        // Round-1 answers (Objections). The demo campaign is still collecting and its reviewer holds no assignment in it:
        // the unit's own people (and its leader) are let in and told the result is not out (page 200, API 409);
        // organisers see every unit's; writing is the unit's reporter's or head's, signing its head's (409: not out yet).
        new("round-1 page, own", Send.Get, i => $"/campaigns/{i.CampaignId}/units/{i.OwnUnitId}/round-1", "S A A A A A A"),
        new("round-1 page, other", Send.Get, i => $"/campaigns/{i.CampaignId}/units/{i.OtherUnitId}/round-1", "S A A A A R R"),
        new("API: round-1 result, own", Send.Get, i => $"/api/v1/campaigns/{i.CampaignId}/units/{i.OwnUnitId}/round-1", "S A A A A A A"),
        new("API: round-1 result, other", Send.Get, i => $"/api/v1/campaigns/{i.CampaignId}/units/{i.OtherUnitId}/round-1", "S A A A A R R"),
        new("API: round-1 letter, own", Send.Get, i => $"/api/v1/campaigns/{i.CampaignId}/units/{i.OwnUnitId}/round-1/letter", "S A A A A A A"),
        new("API: round-1 letter, other", Send.Get, i => $"/api/v1/campaigns/{i.CampaignId}/units/{i.OtherUnitId}/round-1/letter", "S A A A A R R"),
        new("API: write an objection, own", Send.Json, i => $"/api/v1/campaigns/{i.CampaignId}/units/{i.OwnUnitId}/objections", "S R R R R A A", Objection),
        new("API: write an objection, other", Send.Json, i => $"/api/v1/campaigns/{i.CampaignId}/units/{i.OtherUnitId}/objections", "S R R R R R R", Objection),
        new("API: sign the round-1 answer, own", Send.Json, i => $"/api/v1/campaigns/{i.CampaignId}/units/{i.OwnUnitId}/round-1/sign", "S R R R R R A", _ => new { confirm = true }),
        new("API: sign the round-1 answer, other", Send.Json, i => $"/api/v1/campaigns/{i.CampaignId}/units/{i.OtherUnitId}/round-1/sign", "S R R R R R R", _ => new { confirm = true }),
        // Extending a unit's confirmation window: organisers (the demo campaign is collecting, so they are told 409).
        new("API: extend a unit's confirmation window", Send.Json, i => $"/api/v1/campaigns/{i.CampaignId}/confirmation-extensions", "S A A R R R R",
            i => new { unitId = i.OwnUnitId, deadline = "2099-01-01", reason = "Ma trận quyền: gia hạn" }),
        // Objections by id: none exists in the demo yet, so everyone signed in is told "not found" (ObjectionTests cover the rest).
        new("API: withdraw an objection (unknown)", Send.Json, _ => "/api/v1/objections/0/withdraw", "S R R R R R R"),
        new("API: new evidence for an objection (unknown)", Send.Multipart, _ => "/api/v1/objections/0/evidence/files", "S R R R R R R"),
        new("API: answer an objection (unknown)", Send.Json, _ => "/api/v1/objections/0/answer", "S R R R R R R", _ => new { accept = false, reason = "Ma trận", version = 0 }),
        // The campaign's objections: organisers and reviewers.
        new("objections page", Send.Get, i => $"/campaigns/{i.CampaignId}/objections", "S A A A R R R"),
        new("API: objections", Send.Get, i => $"/api/v1/campaigns/{i.CampaignId}/objections", "S A A A R R R"),

        // Signing off: the unit head alone, last because it closes the submission.
        new("API: sign off, other", Send.Form, i => $"/api/v1/submissions/{i.OtherSubmissionId}/submit", "S R R R R R R"),
        new("API: sign off, own", Send.Form, i => $"/api/v1/submissions/{i.OwnSubmissionId}/submit", "S R R R R R A"),

        // Each caller ends their own sessions: nothing can follow this row.
        new("sign out everywhere (self)", Send.Form, _ => "/account/signout-everywhere", "S A A A A A A"),
    ];

    private static MatrixRow[] StageRows(string move, string expected) =>
    [
        new($"API: stage move {move} (stale version)", Send.Form, i => $"/api/v1/campaigns/{i.CampaignId}/stage/{move}", expected, StaleVersion),
        new($"stage move {move} (form, stale version)", Send.Form, i => $"/campaigns/{i.CampaignId}/stage/{move}", expected, StaleVersion),
    ];

    private static Dictionary<string, string> StaleVersion(MatrixIds ids) => new() { ["version"] = "-1", ["reason"] = "Ma trận quyền" };

    private static object OwnBody(MatrixIds ids) =>
        new { name = "Sở Khoa học và Công nghệ", type = "sở", parentCode = "80", validFrom = "01/07/2025" };

    private static Dictionary<string, string> OwnBodyForm(MatrixIds ids) => new()
    {
        ["_handler"] = "edit-body", ["name"] = "Sở Khoa học và Công nghệ", ["type"] = "sở", ["parentCode"] = "80", ["validFrom"] = "01/07/2025", ["validTo"] = "",
    };

    private static object ReviewedPoints(MatrixIds ids) => new { criterion = "1.1", points = 0, reason = "Ma trận quyền" };

    private static object Accept(MatrixIds ids) => new { criteria = new[] { "1.1" } };

    private static object Value(MatrixIds ids) => new { criterion = "1.1", input = "truong_ban", value = "giam_doc", version = (int?)null };

    private static object Objection(MatrixIds ids) => new { criterion = "1.1", explanation = "Ma trận quyền" };

    private static Dictionary<string, string> Citation(MatrixIds ids) => new()
    {
        ["number"] = "12/QĐ-UBND", ["date"] = new DateOnly(2025, 3, 2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["summary"] = "Quyết định thành lập Ban Chỉ đạo chuyển đổi số", ["signer"] = "Nguyễn Văn A",
    };
}
