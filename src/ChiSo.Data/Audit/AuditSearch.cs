using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Audit;

/// <summary>
/// Which audit events to list; every part optional. <see cref="From"/> and <see cref="To"/> are days in Vietnam's time,
/// both included. The unit is given by its code and by the ids of its rows (a code keeps its rows across the unit's
/// changes over time: each is the same unit); events about a unit itself name it by its code.
/// </summary>
public sealed record AuditFilter(
    IReadOnlyCollection<int>? UnitIds = null, string? UnitCode = null, string? Criterion = null, string? Person = null, string? Action = null,
    DateOnly? From = null, DateOnly? To = null);

/// <summary>One page of events, newest first, and how many match in all.</summary>
public sealed record AuditEventsPage(int Total, int Page, int PageSize, IReadOnlyList<AuditEvent> Events);

/// <summary>
/// The audit events that match an <see cref="AuditFilter"/>. What "about a unit" and "about a criterion" mean, from
/// what the events store (<see cref="AuditEvent.EntityType"/> / <see cref="AuditEvent.EntityId"/>):
/// <list type="bullet">
/// <item>a unit: the unit itself (<c>Unit</c>, by code); its submissions (<c>Submission</c>), and the rows that belong to
/// one of them (<c>Evidence</c>, <c>InputValue</c>, <c>CriterionScore</c>, <c>Objection</c>, <c>RoundResponse</c>, by
/// id); its deadline extensions (<c>DeadlineExtension</c>, id <c>campaign/unit</c>). Evidence since removed no longer
/// names its submission: its events are found by criterion, not by unit.</item>
/// <item>a criterion: the rows above that carry its code, and any event whose before or after JSON names it as
/// <c>"Criterion"</c> / <c>"CriterionCode"</c> (evidence, workbook imports).</item>
/// <item>a person: the events they did (actor, by a part of their e-mail or name) and those done to their account
/// (<c>User</c>, by the account's e-mail).</item>
/// </list>
/// </summary>
// These expressions run as SQL (CAST … AS TEXT, lower(), LIKE): the culture overloads the analysers ask for do not translate.
#pragma warning disable CA1304, CA1305, CA1311, CA1862
public static class AuditSearch
{
    public static IQueryable<AuditEvent> Apply(ChiSoDbContext db, AuditFilter filter)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var events = db.AuditEvents.AsNoTracking();
        if (filter.Action is { } action)
        {
            events = events.Where(e => e.Action == action);
        }

        if (filter.From is { } from)
        {
            var start = Utc(from);
            events = events.Where(e => e.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = Utc(to.AddDays(1));
            events = events.Where(e => e.At < end);
        }

        if (filter.Person is { Length: > 0 } person)
        {
            var lower = person.ToLowerInvariant();
            var accounts = db.Users.Where(u => u.Email != null && u.Email.ToLower().Contains(lower)).Select(u => u.Id);
            events = events.Where(e => e.Actor.ToLower().Contains(lower) || (e.EntityType == "User" && accounts.Contains(e.EntityId)));
        }

        if (filter.UnitIds is { } units)
        {
            events = OfUnit(db, events, units, filter.UnitCode ?? "");
        }

        if (filter.Criterion is { } criterion)
        {
            events = OfCriterion(db, events, criterion);
        }

        return events;
    }

    public static async Task<AuditEventsPage> PageAsync(ChiSoDbContext db, AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var matching = Apply(db, filter);
        var total = await matching.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await matching.OrderByDescending(e => e.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new AuditEventsPage(total, page, pageSize, rows);
    }

    private static IQueryable<AuditEvent> OfUnit(ChiSoDbContext db, IQueryable<AuditEvent> events, IReadOnlyCollection<int> units, string code)
    {
        if (units.Count == 0)
        {
            return events.Where(_ => false);
        }

        var submissions = db.Submissions.Where(s => units.Contains(s.UnitId)).Select(s => s.Id);
        var submissionIds = submissions.Select(id => id.ToString());
        var evidence = db.Evidence.Where(x => submissions.Contains(x.SubmissionId)).Select(x => x.Id.ToString());
        var values = db.InputValues.Where(x => submissions.Contains(x.SubmissionId)).Select(x => x.Id.ToString());
        var scores = db.CriterionScores.Where(x => submissions.Contains(x.SubmissionId)).Select(x => x.SubmissionId.ToString() + "/" + x.CriterionCode);
        var objections = db.Objections.Where(x => submissions.Contains(x.SubmissionId)).Select(x => x.Id.ToString());
        var responses = db.RoundResponses.Where(x => submissions.Contains(x.SubmissionId)).Select(x => x.Id.ToString());
        Expression<Func<AuditEvent, bool>> rows = e =>
            (e.EntityType == "Unit" && e.EntityId == code)
            || (e.EntityType == "Submission" && submissionIds.Contains(e.EntityId))
            || (e.EntityType == "Evidence" && evidence.Contains(e.EntityId))
            || (e.EntityType == "InputValue" && values.Contains(e.EntityId))
            || (e.EntityType == "CriterionScore" && scores.Contains(e.EntityId))
            || (e.EntityType == "Objection" && objections.Contains(e.EntityId))
            || (e.EntityType == "RoundResponse" && responses.Contains(e.EntityId));

        // An extension is named "campaign/unit", and its row may be gone (a unit taken out of a campaign): by the name.
        var p = rows.Parameters[0];
        var extension = Expression.Equal(Expression.Property(p, nameof(AuditEvent.EntityType)), Expression.Constant("DeadlineExtension"));
        var endsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
        var ofUnits = units.Select(u => (Expression)Expression.Call(Expression.Property(p, nameof(AuditEvent.EntityId)), endsWith,
            Expression.Constant("/" + u.ToString(CultureInfo.InvariantCulture)))).Aggregate(Expression.OrElse);
        return events.Where(Expression.Lambda<Func<AuditEvent, bool>>(
            Expression.OrElse(rows.Body, Expression.AndAlso(extension, ofUnits)), p));
    }

    private static IQueryable<AuditEvent> OfCriterion(ChiSoDbContext db, IQueryable<AuditEvent> events, string criterion)
    {
        var evidence = db.Evidence.Where(x => x.CriterionCode == criterion).Select(x => x.Id.ToString());
        var values = db.InputValues.Where(x => x.CriterionCode == criterion).Select(x => x.Id.ToString());
        // Reviewed points are recorded per submission and criterion ("12/1.2", ReviewPoints.EntityId), not by row id.
        var scores = db.CriterionScores.Where(x => x.CriterionCode == criterion).Select(x => x.SubmissionId.ToString() + "/" + x.CriterionCode);
        var objections = db.Objections.Where(x => x.CriterionCode == criterion).Select(x => x.Id.ToString());

        // The code is checked to be letters, digits, dots, dashes and underscores: escape LIKE's own wildcard.
        var escaped = criterion.Replace("_", "\\_", StringComparison.Ordinal);
        var named = $"%\"Criterion\":\"{escaped}\"%";
        var namedCode = $"%\"CriterionCode\":\"{escaped}\"%";
        return events.Where(e =>
            (e.EntityType == "Evidence" && evidence.Contains(e.EntityId))
            || (e.EntityType == "InputValue" && values.Contains(e.EntityId))
            || (e.EntityType == "CriterionScore" && scores.Contains(e.EntityId))
            || (e.EntityType == "Objection" && objections.Contains(e.EntityId))
            || (e.After != null && (EF.Functions.Like(e.After, named, "\\") || EF.Functions.Like(e.After, namedCode, "\\")))
            || (e.Before != null && (EF.Functions.Like(e.Before, named, "\\") || EF.Functions.Like(e.Before, namedCode, "\\"))));
    }

    /// <summary>The first moment of a Vietnamese day, in UTC.</summary>
    private static DateTime Utc(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - VietnamTime.Offset, DateTimeKind.Utc);
}
#pragma warning restore CA1304, CA1305, CA1311, CA1862
