using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Query;

namespace ChiSo.Data.Campaigns;

/// <summary>The campaign's year, its self-assessment's close and the unit's latest extension of it, read in one query.</summary>
public sealed record UnitSchedule(int Year, DateOnly? Closes, DateOnly? Extended)
{
    // The subqueries, written once. Queries that need a schedule call Of and go through InQuery, which puts this
    // expression in Of's place, so EF translates it into each query's own SQL (one round trip, compiled or not).
    private static readonly Expression<Func<ChiSoDbContext, Campaign, int, UnitSchedule>> Read = (db, c, unitId) => new UnitSchedule(
        c.Year,
        db.CampaignPhases.Where(p => p.CampaignId == c.Id && p.Kind == PhaseKind.SelfAssessment).Select(p => (DateOnly?)p.Closes).FirstOrDefault(),
        db.DeadlineExtensions.Where(e => e.CampaignId == c.Id && e.UnitId == unitId && e.Phase == PhaseKind.SelfAssessment)
            .Max(e => (DateOnly?)e.NewDeadline));

    private static readonly MethodInfo OfMethod = typeof(UnitSchedule).GetMethod(nameof(Of))!;

    /// <summary>The self-assessment deadline of the unit.</summary>
    public Deadline Deadline => Deadline.Of(Closes, Extended);

    /// <summary>Stands for the schedule inside a query given to <see cref="InQuery{TDelegate}"/>; never runs.</summary>
    public static UnitSchedule Of(ChiSoDbContext db, Campaign campaign, int unitId) =>
        throw new InvalidOperationException($"{nameof(UnitSchedule)}.{nameof(Of)} is only for queries passed through {nameof(InQuery)}.");

    /// <summary><paramref name="query"/> with each call to <see cref="Of"/> replaced by the subqueries it stands for.</summary>
    public static Expression<TDelegate> InQuery<TDelegate>(Expression<TDelegate> query) => (Expression<TDelegate>)new Inliner().Visit(query);

    private sealed class Inliner : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method == OfMethod
                ? new ReplacingExpressionVisitor(Read.Parameters, node.Arguments.Select(a => Visit(a)!).ToArray()).Visit(Read.Body)
                : base.VisitMethodCall(node);
    }
}
