using ChiSo.Data.Accounts;

namespace ChiSo.Web.Features.Shared;

/// <summary>
/// A deactivated account is locked out for good (Identity's lockout end set to the end of time): it cannot sign in,
/// its cookies fail the next security-stamp check and its API tokens are refused. An administrator reactivates it by
/// unlocking it. Kept in Identity's own columns, so that every check Identity makes already honours it.
/// </summary>
public static class Deactivation
{
    public static readonly DateTimeOffset Forever = DateTimeOffset.MaxValue;

    public static bool IsDeactivated(ChiSoUser user) => user?.LockoutEnd is { } end && end.Year >= 9999;
}
