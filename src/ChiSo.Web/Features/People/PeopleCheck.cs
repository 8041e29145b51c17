using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Engine;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.People;

/// <summary>A membership to give, by the unit's code ("" for a system-wide role).</summary>
public sealed record NewMembership(Role Role, string UnitCode);

/// <summary>A person to create: their details and at least one membership.</summary>
public sealed record NewPerson(string Name, string Email, string Phone, IReadOnlyList<NewMembership> Memberships);

/// <summary>A membership that passed the checks, with its unit resolved.</summary>
public sealed record CheckedMembership(Role Role, int? UnitId);

/// <summary>
/// The checks of people to create, against facts read once (the units valid today by code, the e-mail addresses
/// already taken): a sheet of 10,000 rows costs two queries, not one per row.
/// </summary>
public sealed class PeopleCheck
{
    private readonly Dictionary<string, int> _units;
    private readonly HashSet<string> _taken;
    private readonly ManagerScope _scope;

    private PeopleCheck(Dictionary<string, int> units, HashSet<string> taken, ManagerScope scope) =>
        (_units, _taken, _scope) = (units, taken, scope);

    public static async Task<PeopleCheck> LoadAsync(ChiSoDbContext db, ManagerScope scope, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var today = VietnamTime.Today(clock);
        var units = await db.Units.AsNoTracking().Where(u => u.ValidFrom <= today && (u.ValidTo == null || u.ValidTo >= today))
            .Select(u => new { u.Code, u.Id }).ToListAsync(cancellationToken);
        var taken = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail != null).Select(u => u.NormalizedEmail!).ToListAsync(cancellationToken);
        return new PeopleCheck(
            units.GroupBy(u => u.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase),
            [.. taken], scope);
    }

    /// <summary>The key two addresses are the same person by (as the account store normalises them).</summary>
    public static string KeyOf(string email) => email.Trim().ToUpperInvariant();

    /// <summary>Name, e-mail (well-formed, not taken) and phone; every problem is added.</summary>
    public void Details(string name, string email, string phone, List<Bilingual> problems)
    {
        Add(problems, PersonRules.NameProblem(name));
        var emailProblem = PersonRules.EmailProblem(email);
        Add(problems, emailProblem);
        if (emailProblem is null && _taken.Contains(KeyOf(email)))
        {
            problems.Add(PersonRules.EmailTaken(email));
        }

        Add(problems, PersonRules.PhoneProblem(phone));
    }

    /// <summary>A membership named by role and unit code: known unit, right shape, and one the caller may give there.</summary>
    public CheckedMembership? Membership(Role role, string unitCode, List<Bilingual> problems)
    {
        int? unit = null;
        if (unitCode.Length > 0)
        {
            if (!_units.TryGetValue(unitCode, out var id))
            {
                problems.Add(PersonRules.UnknownUnit(unitCode));
                return null;
            }

            unit = id;
        }

        if (PersonRules.ShapeProblem(role, unit is not null) is { } shape)
        {
            problems.Add(shape);
            return null;
        }

        if (!_scope.MayGive(role, unit))
        {
            problems.Add(unit is { } u && role is not (Role.Administrator or Role.Organiser) && !_scope.Covers(u) && _scope.ManagesAnyone
                ? PersonRules.OutsideScope(unitCode) : PersonRules.MayNotGive(role));
            return null;
        }

        return new CheckedMembership(role, unit);
    }

    /// <summary>A whole new person: details and every membership (at least one, none twice).</summary>
    public List<CheckedMembership> Person(NewPerson person, List<Bilingual> problems)
    {
        Details(person.Name, person.Email, person.Phone, problems);
        if (person.Memberships.Count == 0)
        {
            problems.Add(new Bilingual("Hãy giao ít nhất một vai trò.", "Give at least one role."));
        }

        var memberships = new List<CheckedMembership>();
        foreach (var m in person.Memberships)
        {
            if (Membership(m.Role, m.UnitCode, problems) is { } ok && !memberships.Contains(ok))
            {
                memberships.Add(ok);
            }
        }

        return memberships;
    }

    /// <summary>Marks an address as taken (by an earlier row of the same sheet).</summary>
    public bool Claim(string email) => _taken.Add(KeyOf(email));

    private static void Add(List<Bilingual> problems, Bilingual? problem)
    {
        if (problem is { } p)
        {
            problems.Add(p);
        }
    }
}
