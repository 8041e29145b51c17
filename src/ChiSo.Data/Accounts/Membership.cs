namespace ChiSo.Data.Accounts;

/// <summary>A role a user holds for one unit; <see cref="UnitId"/> null means system-wide (e.g. an administrator).</summary>
public sealed class Membership
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public int? UnitId { get; set; }

    public Role Role { get; set; }
}
