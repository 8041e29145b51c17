using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Files.People;
using ChiSo.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.People;

/// <summary>The people sheet's template for one caller: the roles they may give, the units they manage.</summary>
public sealed class PeopleTemplate(ChiSoDbContext db, TimeProvider clock)
{
    public async Task<byte[]> BytesAsync(ManagerScope scope, CancellationToken cancellationToken = default)
    {
        var today = VietnamTime.Today(clock);
        var units = await db.Units.AsNoTracking().Where(u => u.ValidFrom <= today && (u.ValidTo == null || u.ValidTo >= today))
            .OrderBy(u => u.Code).Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(cancellationToken);
        var roles = Enum.GetValues<Role>().Where(r => scope.IsAdministrator || r is not (Role.Administrator or Role.Organiser))
            .Select(r => RoleNames.Words(r).Vi).ToList();
        using var output = new MemoryStream();
        PeopleSheetTemplate.Write(output, roles, [.. units.Where(u => scope.Covers(u.Id)).Select(u => (u.Code, u.Name))]);
        return output.ToArray();
    }
}
