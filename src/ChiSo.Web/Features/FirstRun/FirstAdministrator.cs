using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Web.Features.Accounts;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;

namespace ChiSo.Web.Features.FirstRun;

/// <summary>What the first administrator's form sends.</summary>
public sealed record FirstAdminForm(string? Code, string? Name, string? Email, string? Password, string? Confirm);

/// <summary>
/// Creates the first administrator (system-wide Administrator membership, audited, signed in) when the one-time code
/// is right and the gate still open. A wrong code is refused before anything else is looked at.
/// </summary>
public sealed class FirstAdministrator(FirstRunGate gate, ChiSoDbContext db, AccountCreation accounts, SignInManager<ChiSoUser> signIn)
{
    /// <summary>The reasons for a refusal (empty when the administrator was created and signed in); null when the gate had closed.</summary>
    public async Task<IReadOnlyList<string>?> CreateAsync(FirstAdminForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!gate.Code.Matches(form.Code))
        {
            return [L.T("Mã thiết lập không đúng. Hãy chép lại mã trong nhật ký máy chủ (dòng “ChiSo setup code: …”); mã đổi mỗi lần khởi động.",
                "The set-up code is wrong. Copy the code from the server log (the line “ChiSo setup code: …”); it changes at every start.")];
        }

        var problems = Check(form);
        if (problems.Count > 0)
        {
            return problems;
        }

        IReadOnlyList<string> refused = [];
        var done = await gate.WhileOpenAsync(db, async () =>
        {
            var created = await accounts.CreateAsync(
                new NewAccount(form.Email!, form.Name!, Role.Administrator, null, form.Password), "first-run", cancellationToken);
            if (created.User is null)
            {
                refused = [.. created.Errors.Select(PasswordErrors.Text).Distinct()];
                return false;
            }

            await signIn.SignInAsync(created.User, isPersistent: false);
            return true;
        }, cancellationToken);
        return done ? refused : null;
    }

    private static List<string> Check(FirstAdminForm form)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(form.Name))
        {
            problems.Add(L.T("Hãy nhập họ tên.", "Enter the full name."));
        }
        else if (TextLimits.TooLong(form.Name, AccountCreation.MaxNameLength, "Họ tên", "The name") is { } tooLong)
        {
            problems.Add(L.T(tooLong.Vi, tooLong.En));
        }

        if (string.IsNullOrWhiteSpace(form.Email))
        {
            problems.Add(L.T("Hãy nhập thư điện tử.", "Enter the e-mail address."));
        }

        if (form.Password != form.Confirm)
        {
            problems.Add(PasswordErrors.Text(PasswordErrors.Mismatch));
        }

        return problems;
    }
}
