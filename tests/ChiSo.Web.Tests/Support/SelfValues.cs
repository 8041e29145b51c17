using ChiSo.Data;
using ChiSo.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Support;

/// <summary>One self-assessment value of a submission as stored, read or removed straight in the database.</summary>
internal static class SelfValues
{
    public static async Task<InputValue?> StoredAsync(Func<ChiSoDbContext> context, int submission, string criterion, string input)
    {
        await using var db = context();
        return await Of(db, submission, criterion, input).AsNoTracking().SingleOrDefaultAsync();
    }

    public static async Task ClearAsync(Func<ChiSoDbContext> context, int submission, string criterion, string input)
    {
        await using var db = context();
        await Of(db, submission, criterion, input).ExecuteDeleteAsync();
    }

    private static IQueryable<InputValue> Of(ChiSoDbContext db, int submission, string criterion, string input) =>
        db.InputValues.Where(v => v.SubmissionId == submission && v.Round == Rounds.Self && v.CriterionCode == criterion && v.InputId == input);
}
