using System.Security.Cryptography;
using ChiSo.Data;
using ChiSo.Engine;
using ChiSo.Files.People;
using Microsoft.Extensions.Caching.Memory;

namespace ChiSo.Web.Features.People;

/// <summary>One row of a sheet and what it came to: fine (no problems) or bad, with every reason.</summary>
public sealed record SheetRowOutcome(int Line, string Name, string Email, string Phone, string UnitCode, string Role, IReadOnlyList<Bilingual> Problems)
{
    public bool IsGood => Problems.Count == 0;
}

/// <summary>
/// A checked sheet: the file's own refusal, or every row's outcome. <c>PreviewId</c> names the checked rows kept for
/// the uploader to apply, when every row is good (a sheet is applied whole or not at all).
/// </summary>
public sealed record SheetCheck(IReadOnlyList<Bilingual> FileProblems, IReadOnlyList<SheetRowOutcome> Rows, string? PreviewId)
{
    public int Bad => Rows.Count(r => !r.IsGood);

    public bool CanApply => PreviewId is not null;
}

/// <summary>
/// People from a sheet (<see cref="PeopleSheet"/>): checked row by row against facts read once (<see cref="PeopleCheck"/>),
/// shown, then applied in one transaction that creates and invites everyone, or no one. The checked rows wait in
/// memory for their uploader alone: one sheet per person, for an hour.
/// </summary>
public sealed class PeopleImport(ChiSoDbContext db, PeopleChanges changes, IMemoryCache cache, TimeProvider clock)
{
    private static readonly TimeSpan Kept = TimeSpan.FromHours(1);

    public async Task<SheetCheck> CheckAsync(Stream file, string fileName, ManagerScope scope, string uploaderId, CancellationToken cancellationToken = default)
    {
        var read = PeopleSheet.Read(file, fileName);
        if (read.Refused)
        {
            return new SheetCheck([.. read.Problems.Select(p => p.Text)], [], null);
        }

        var check = await PeopleCheck.LoadAsync(db, scope, clock, cancellationToken);
        var rows = Check(read, check);
        if (rows.Count == 0)
        {
            return new SheetCheck([new Bilingual("Tệp không có người nào (chỉ có dòng tiêu đề).", "The file has no people (only the header row).")], [], null);
        }

        string? previewId = null;
        if (rows.All(r => r.IsGood))
        {
            previewId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
            cache.Set(Key(uploaderId), new Preview(previewId, [.. rows.Select(ToPerson)]), Kept);
        }

        return new SheetCheck([], rows, previewId);
    }

    /// <summary>Every row's outcome. Only in memory: the whole sheet costs the two queries of <see cref="PeopleCheck.LoadAsync"/>.</summary>
    public static List<SheetRowOutcome> Check(PeopleSheetRead read, PeopleCheck check)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(check);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<SheetRowOutcome>(read.Rows.Length);
        foreach (var row in read.Rows)
        {
            var problems = new List<Bilingual>(row.Problems);
            check.Details(row.Name, row.Email, row.Phone, problems);
            if (row.Email.Length > 0)
            {
                var key = PeopleCheck.KeyOf(row.Email);
                if (firstLine.TryGetValue(key, out var first))
                {
                    problems.Add(new Bilingual($"Thư điện tử trùng với dòng {first} của tệp.", $"The e-mail address repeats row {first} of the file."));
                }
                else
                {
                    firstLine[key] = row.Line;
                }
            }

            if (row.Role.Length == 0)
            {
                problems.Add(new Bilingual("Thiếu vai trò.", "The role is missing."));
            }
            else if (PersonRules.ParseRole(row.Role) is not { } role)
            {
                problems.Add(PersonRules.UnknownRole(row.Role));
            }
            else
            {
                check.Membership(role, row.UnitCode, problems);
            }

            rows.Add(new SheetRowOutcome(row.Line, row.Name, row.Email, row.Phone, row.UnitCode, row.Role, problems));
        }

        return rows;
    }

    /// <summary>
    /// Creates and invites everyone of the uploader's checked sheet in one transaction, after checking the rows again
    /// (someone may have been created since). Null when there is no such sheet (expired, or replaced by a newer one).
    /// </summary>
    public async Task<(int Created, IReadOnlyList<Bilingual> Problems)?> ApplyAsync(string previewId, ManagerScope scope, string uploaderId, string actor, CancellationToken cancellationToken = default)
    {
        if (!cache.TryGetValue(Key(uploaderId), out Preview? preview) || preview is null || preview.Id != previewId)
        {
            return null;
        }

        var check = await PeopleCheck.LoadAsync(db, scope, clock, cancellationToken);
        var problems = new List<Bilingual>();
        var people = new List<(NewPerson Person, List<CheckedMembership> Memberships)>();
        foreach (var person in preview.People)
        {
            var mine = new List<Bilingual>();
            var memberships = check.Person(person, mine);
            problems.AddRange(mine.Select(p => new Bilingual($"{person.Email}: {p.Vi}", $"{person.Email}: {p.En}")));
            people.Add((person, memberships));
        }

        if (problems.Count > 0)
        {
            return (0, problems);
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (var (person, memberships) in people)
            {
                await changes.AddAsync(person, memberships, actor, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        cache.Remove(Key(uploaderId));
        return (people.Count, []);
    }

    private static NewPerson ToPerson(SheetRowOutcome row) =>
        new(row.Name, row.Email, row.Phone, [new NewMembership(PersonRules.ParseRole(row.Role)!.Value, row.UnitCode)]);

    private static string Key(string uploaderId) => "people-sheet:" + uploaderId;

    private sealed record Preview(string Id, IReadOnlyList<NewPerson> People);
}
