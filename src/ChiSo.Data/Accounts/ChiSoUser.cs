using Microsoft.AspNetCore.Identity;

namespace ChiSo.Data.Accounts;

public sealed class ChiSoUser : IdentityUser
{
    public string? DisplayName { get; set; }

    public List<Membership> Memberships { get; } = [];
}
