using System.Globalization;
using System.Security.Claims;
using ChiSo.Data;
using ChiSo.Data.Review;
using ChiSo.Data.Submissions;
using ChiSo.Web.Features.Collection;
using ChiSo.Web.Features.Evidence;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Objections;

/// <summary>An objection to one criterion: JSON, or the round-1 page's form fields.</summary>
public sealed record ObjectionRequest(string? Criterion, string? Explanation);

/// <summary>The head's signature: confirm the result (true) or file the objection letter (false), with an optional note.</summary>
public sealed record SignRequest(bool Confirm, string? Note);

/// <summary>A reviewer's answer to one objection: accepted with new points, or rejected; a reason either way; the version they saw.</summary>
public sealed record AnswerRequest(bool Accept, double? NewPoints, string? Reason, int Version);

/// <summary>
/// The round-1 answers under /api/v1 (ADR 0024): the unit's result, its objections and their new evidence, the head's
/// signature and the letter; the reviewers' list and answers. Changes take JSON (scripts and bearer tokens) or the
/// pages' plain form posts; cookie callers send the antiforgery token either way. A form post that names the page to
/// go <c>back</c> to is answered by going back there, or by a short page with the reason.
/// </summary>
public static class ObjectionEndpoints
{
    private const string Tag = "Objections";
    private const string TagText = "Kết quả vòng 1: xác nhận, góp ý theo tiêu chí, văn bản của đơn vị; trả lời góp ý ở vòng 2. Round-1 results: confirmation, objections per criterion, the unit's letter; answers in round 2.";

    public static IServiceCollection AddObjections(this IServiceCollection services)
    {
        services.AddScoped<RoundAccess>();
        services.AddScoped<RoundOneResults>();
        services.AddScoped<ObjectionLists>();
        services.AddScoped<ObjectionLetters>();
        services.AddScoped(sp => new ConfirmationExtensions(sp.GetRequiredService<ChiSoDbContext>(), sp.GetRequiredService<TimeProvider>())
        {
            PublicUrl = sp.GetRequiredService<PublicLinks>().Base,
        });
        services.AddScoped(sp => new RoundAnswers(
            sp.GetRequiredService<ChiSoDbContext>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Data.Results.ScoringPlans>())
        {
            PublicUrl = sp.GetRequiredService<PublicLinks>().Base,
        });
        return services;
    }

    public static void MapObjections(this IEndpointRouteBuilder app)
    {
        var unit = app.MapGroup("/api/v1/campaigns/{id:int}/units/{unitId:int}").RequireAuthorization().WithApiTag(Tag, TagText)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        unit.MapGet("/round-1", Result).WithName("GetRound1Result")
            .WithSummary("The unit's round-1 result: each group's points and rank, the total and overall rank, each criterion's self, round-1 and final points with reasons, its objections")
            .Produces<RoundOneResult>().ProducesProblem(StatusCodes.Status409Conflict);
        unit.MapPost("/objections", Write).AddEndpointFilter<AntiforgeryHeader>().WithName("WriteObjection")
            .WithSummary("Write or rewrite the unit's objection to one criterion, within the confirmation window (the unit's reporter or head)")
            .Accepts<ObjectionRequest>("application/json", "application/x-www-form-urlencoded")
            .Produces<ObjectionView>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        unit.MapPost("/round-1/sign", Sign).AddEndpointFilter<AntiforgeryHeader>().WithName("SignRound1Answer")
            .WithSummary("The unit head signs the confirmation (no objection written) or the objection letter filing every written objection")
            .Accepts<SignRequest>("application/json", "application/x-www-form-urlencoded")
            .Produces<ResponseView>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        unit.MapGet("/round-1/letter", Letter).WithName("DownloadRound1Letter")
            .WithSummary("The signed confirmation or objection letter as a Word document (.docx), generated from the stored answer")
            .Produces(StatusCodes.Status200OK, contentType: LetterFile.ContentType).ProducesProblem(StatusCodes.Status409Conflict);

        var objection = app.MapGroup("/api/v1/objections/{objectionId:int}").RequireAuthorization().WithApiTag(Tag, TagText)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        objection.MapPost("/withdraw", Withdraw).AddEndpointFilter<AntiforgeryHeader>().WithName("WithdrawObjection")
            .WithSummary("Withdraw a written objection before the letter is signed (the unit's reporter or head)").Produces<ObjectionView>();
        var limit = app.ServiceProvider.GetRequiredService<EvidenceOptions>().MaxBytes;
        objection.MapPost("/evidence/files", AddFile).WithMetadata(new RequestSizeLimitAttribute(limit + (1024 * 1024))).WithName("AddObjectionEvidenceFile")
            .WithSummary("Upload one file of new evidence for an objection (multipart field \"file\"), before the letter is signed")
            .Accepts<IFormFile>("multipart/form-data").Produces<EvidenceView>().ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        objection.MapPost("/answer", Answer).AddEndpointFilter<AntiforgeryHeader>().WithName("AnswerObjection")
            .WithSummary("A reviewer answers a filed objection in round 2: accepted with the criterion's new points, or rejected; a reason either way")
            .Accepts<AnswerRequest>("application/json", "application/x-www-form-urlencoded").Produces<ObjectionView>();

        app.MapGet("/api/v1/campaigns/{id:int}/objections", List).RequireAuthorization().WithApiTag(Tag, TagText).WithName("ListObjections")
            .WithSummary("The campaign's filed objections the caller may see (organisers: all; reviewers: their scope); status=open|answered|all")
            .Produces<IReadOnlyList<ObjectionItem>>().ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        ConfirmationExtensionEndpoint.Map(app, Tag, TagText);
    }

    private static async Task<IResult> Result(int id, int unitId, ClaimsPrincipal user, RoundAccess access, RoundOneResults results, TimeProvider clock, ChiSoDbContext db, CancellationToken ct)
    {
        if (await SightRefusalAsync(id, unitId, user, access, clock, db, ct) is { } refused)
        {
            return refused;
        }

        return await results.ReadAsync(id, unitId, ct) is { } result ? TypedResults.Ok(result) : Problems.NotFound();
    }

    private static async Task<IResult> Write(int id, int unitId, HttpContext http, RoundAccess access, EntryForms forms, RoundAnswers answers, RoundOneResults results, CancellationToken ct)
    {
        if (!await access.WritesForAsync(http.User, unitId, ct))
        {
            return Reply(http, Problems.Forbidden(
                "Chỉ cán bộ báo cáo hoặc thủ trưởng của đơn vị được viết ý kiến về kết quả của đơn vị.", "Only the unit's reporter or head writes objections to its result."));
        }

        var request = await ReadAsync<ObjectionRequest>(http, form => new(form["criterion"], form["explanation"]), ct);
        if (request is null)
        {
            return Reply(http, Problems.Invalid(L.T("Hãy gửi tiêu chí và ý kiến.", "Send the criterion and the objection.")));
        }

        if (await forms.SubmissionIdAsync(id, unitId, ct) is not { } submissionId)
        {
            return Reply(http, Problems.NotFound());
        }

        var outcome = await answers.ObjectAsync(submissionId, request.Criterion ?? "", request.Explanation ?? "", Actor(http.User), ct);
        return Reply(http, outcome.Outcome.IsDone ? TypedResults.Ok(await ViewAsync(results, outcome.Value!, ct)) : Refused(outcome.Outcome));
    }

    private static async Task<IResult> Withdraw(int objectionId, HttpContext http, RoundAccess access, RoundAnswers answers, RoundOneResults results, ChiSoDbContext db, CancellationToken ct)
    {
        if (await OwnerAsync(objectionId, db, ct) is not { } owner)
        {
            return Reply(http, Problems.NotFound());
        }

        if (!await access.WritesForAsync(http.User, owner.UnitId, ct))
        {
            return Reply(http, Problems.Forbidden("Chỉ cán bộ báo cáo hoặc thủ trưởng của đơn vị được rút ý kiến.", "Only the unit's reporter or head withdraws its objections."));
        }

        var outcome = await answers.WithdrawAsync(objectionId, Actor(http.User), ct);
        return Reply(http, outcome.Outcome.IsDone ? TypedResults.Ok(await ViewAsync(results, outcome.Value!, ct)) : Refused(outcome.Outcome));
    }

    private static async Task<IResult> AddFile(
        int objectionId, IFormFileCollection files, HttpContext http, RoundAccess access, RoundAnswers answers, EvidenceKeeping keeping, ChiSoDbContext db, CancellationToken ct)
    {
        if (await OwnerAsync(objectionId, db, ct) is not { } owner || owner.Status == ObjectionStatus.Withdrawn)
        {
            return Reply(http, Problems.NotFound());
        }

        if (!await access.WritesForAsync(http.User, owner.UnitId, ct))
        {
            return Reply(http, Problems.Forbidden("Chỉ cán bộ báo cáo hoặc thủ trưởng của đơn vị được gửi minh chứng bổ sung.", "Only the unit's reporter or head sends new evidence."));
        }

        if (await answers.UnitMayAnswerAsync(owner.SubmissionId, ct) is { IsDone: false } closed)
        {
            return Reply(http, Refused(closed));
        }

        if (files.GetFiles("file").FirstOrDefault(f => f.Length > 0) is not { } file)
        {
            return Reply(http, Problems.Invalid(L.T("Hãy chọn một tệp (trường 'file').", "Choose a file (field 'file').")));
        }

        var submission = await db.Submissions.AsNoTracking().SingleAsync(s => s.Id == owner.SubmissionId, ct);
        await using var content = file.OpenReadStream();
        var added = await keeping.AddFileAsync(submission, owner.Criterion, objectionId, file.FileName, file.Length, content, Actor(http.User), ct);
        return Reply(http, added switch
        {
            EvidenceOutcome.Done done => TypedResults.Ok(done.Evidence),
            EvidenceOutcome.Refused no => TypedResults.Problem(L.T(no.Vi, no.En), statusCode: no.Status),
            _ => throw new InvalidOperationException("Unknown evidence outcome."),
        });
    }

    private static async Task<IResult> Sign(int id, int unitId, HttpContext http, RoundAccess access, EntryForms forms, RoundAnswers answers, CancellationToken ct)
    {
        if (!await access.SignsForAsync(http.User, unitId, ct))
        {
            return Reply(http, Problems.Forbidden(
                "Chỉ thủ trưởng đơn vị được ký văn bản xác nhận hoặc góp ý kết quả. Cán bộ báo cáo hãy đề nghị thủ trưởng ký.",
                "Only the unit head signs the confirmation or objection letter. Reporters: ask your head to sign."));
        }

        var request = await ReadAsync<SignRequest>(http, form => new(form["confirm"].ToString() is "true" or "yes" or "on", form["note"]), ct);
        if (request is null)
        {
            return Reply(http, Problems.Invalid(L.T("Hãy cho biết đơn vị xác nhận hay góp ý (confirm).", "Say whether the unit confirms or objects (confirm).")));
        }

        if (await forms.SubmissionIdAsync(id, unitId, ct) is not { } submissionId)
        {
            return Reply(http, Problems.NotFound());
        }

        var outcome = await answers.SignAsync(submissionId, request.Confirm, request.Note, Actor(http.User), ct);
        if (!outcome.Outcome.IsDone)
        {
            return Reply(http, Refused(outcome.Outcome));
        }

        var r = outcome.Value!;
        return Reply(http, TypedResults.Ok(new ResponseView(r.Id, r.Confirmed, r.SignedBy, r.SignedAt, r.Note, RoundOneResult.LetterUrl(id, unitId))));
    }

    private static async Task<IResult> Letter(int id, int unitId, ClaimsPrincipal user, RoundAccess access, ObjectionLetters letters, TimeProvider clock, ChiSoDbContext db, CancellationToken ct)
    {
        if (await SightRefusalAsync(id, unitId, user, access, clock, db, ct) is { } refused)
        {
            return refused;
        }

        if (await letters.ForAsync(id, unitId, ct) is not { } letter)
        {
            return TypedResults.Problem(L.T("Đơn vị chưa ký văn bản trả lời kết quả vòng 1.", "The unit has not signed its answer to the round-1 result yet."), statusCode: StatusCodes.Status409Conflict);
        }

        return TypedResults.File(letter.Content, LetterFile.ContentType, letter.FileName);
    }

    private static async Task<IResult> Answer(int objectionId, HttpContext http, RoundAccess access, RoundAnswers answers, RoundOneResults results, CancellationToken ct)
    {
        var request = await ReadAsync<AnswerRequest>(http, form => new(
            form["accept"].ToString() is "true" or "yes" or "on", Points(form["newPoints"]), form["reason"],
            int.TryParse(form["version"], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1), ct);
        if (request is null || access.UserId(http.User) is not { } userId)
        {
            return Reply(http, Problems.Invalid(L.T("Hãy gửi quyết định, điểm mới (nếu chấp nhận), lý do và phiên bản.", "Send the decision, the new points (when accepting), the reason and the version.")));
        }

        var outcome = await answers.AnswerAsync(objectionId, request.Accept, request.NewPoints, request.Reason ?? "", request.Version, userId, Actor(http.User), ct);
        return Reply(http, outcome.Outcome.IsDone ? TypedResults.Ok(await ViewAsync(results, outcome.Value!, ct)) : Refused(outcome.Outcome));
    }

    private static async Task<IResult> List(int id, string? status, ClaimsPrincipal user, RoundAccess access, ObjectionLists lists, CancellationToken ct)
    {
        if (!await access.ListsObjectionsAsync(user, id, ct))
        {
            return Problems.Forbidden("Chỉ người tổ chức và người thẩm định xem được danh sách ý kiến của các đơn vị.", "Only organisers and reviewers see the units' objections.");
        }

        if (ObjectionLists.Filter(status) is not { } filter)
        {
            return Problems.Invalid(L.T("Trạng thái phải là open, answered hoặc all.", "The status must be open, answered or all."));
        }

        return TypedResults.Ok(await lists.ListAsync(user, id, filter, ct));
    }

    /// <summary>Null when the caller may read the unit's round-1 result now; otherwise the answer to give (403, or 409 before the unit's date).</summary>
    internal static async Task<IResult?> SightRefusalAsync(int campaignId, int unitId, ClaimsPrincipal user, RoundAccess access, TimeProvider clock, ChiSoDbContext db, CancellationToken ct)
    {
        var sight = await access.SightAsync(user, campaignId, unitId, ct);
        if (sight == RoundSight.None)
        {
            return Problems.Forbidden("Bạn chỉ xem được kết quả và ý kiến của đơn vị mình.", "You may only see your own unit's result and objections.");
        }

        if (sight == RoundSight.Unit && await ConfirmationWindow.ReadAsync(db, campaignId, unitId, ct) is { } window && !window.UnitSees(VietnamTime.Today(clock)))
        {
            var (vi, en) = NotYet(window);
            return TypedResults.Problem(L.T(vi, en), statusCode: StatusCodes.Status409Conflict);
        }

        return null;
    }

    /// <summary>What a unit is told before it may see its round-1 result.</summary>
    public static (string Vi, string En) NotYet(ConfirmationWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return window.Stage < Data.Campaigns.ReviewStage.Round1Out || window.Opens is not { } opens
            ? ("Kết quả đánh giá vòng 1 chưa được công bố.", "The round-1 result is not out yet.")
            : ($"Kết quả đánh giá vòng 1 của đơn vị được xem từ ngày {L.Date(opens)}.", $"The unit's round-1 result is available from {L.Date(opens)}.");
    }

    private static async Task<ObjectionView> ViewAsync(RoundOneResults results, Objection row, CancellationToken ct) =>
        (await results.ObjectionsAsync([row.SubmissionId], ct)).GetValueOrDefault((row.SubmissionId, row.CriterionCode))
        ?? ObjectionView.Of(row, false, []);

    private sealed record Owner(int SubmissionId, int UnitId, string Criterion, ObjectionStatus Status);

    private static Task<Owner?> OwnerAsync(int objectionId, ChiSoDbContext db, CancellationToken ct) =>
        db.Objections.AsNoTracking().Where(o => o.Id == objectionId)
            .Join(db.Submissions, o => o.SubmissionId, s => s.Id, (o, s) => new Owner(s.Id, s.UnitId, o.CriterionCode, o.Status))
            .SingleOrDefaultAsync(ct);

    private static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "?";

    /// <summary>A refused step as problem details: 400, 403, 404, or 409 (a conflict, or the window closed: the message names the deadline).</summary>
    public static ProblemHttpResult Refused(StepOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var status = outcome.Kind switch
        {
            StepResult.Invalid => StatusCodes.Status400BadRequest,
            StepResult.Forbidden => StatusCodes.Status403Forbidden,
            StepResult.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status409Conflict,
        };
        var message = outcome.Message ?? new Engine.Bilingual("Không thực hiện được.", "Not done.");
        return TypedResults.Problem(L.T(message.Vi, message.En), statusCode: status);
    }

    /// <summary>Points as a person types them: 7,5 or 7.5; null when empty or not a number.</summary>
    public static double? Points(string? text) =>
        double.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var points) && double.IsFinite(points) ? points : null;

    /// <summary>The request's body: JSON, or the form's fields (the pages' plain posts); null when it is neither or unreadable.</summary>
    private static async Task<T?> ReadAsync<T>(HttpContext http, Func<IFormCollection, T> fromForm, CancellationToken ct)
        where T : class
    {
        if (http.Request.HasFormContentType)
        {
            return fromForm(await http.Request.ReadFormAsync(ct));
        }

        try
        {
            return http.Request.HasJsonContentType() ? await http.Request.ReadFromJsonAsync<T>(ct) : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The answer for a script or an API client; for a plain form post from a page (it sends <c>back</c> and does not ask
    /// for JSON), back to the page, or the refusal as a short page with the way back.
    /// </summary>
    private static IResult Reply(HttpContext http, IResult answer) =>
        FormReplies.Reply(http, answer, new("Chưa thực hiện được", "Not done"), new("Quay lại", "Back"));
}
