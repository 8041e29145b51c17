using ChiSo.Data;
using ChiSo.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Cli.Commands;

internal sealed record UserToAdd(string Email, string Name, string RoleSlug, string? UnitCode, bool PasswordFromStdin, string? PublicUrl);

/// <summary>
/// <c>chiso users add</c>: one account with one membership, through Identity (the web app's password rules and hasher).
/// Without <c>--password-stdin</c> it prints a one-time set-password link, built as the web app's PublicLinks builds it.
/// </summary>
internal static class UsersAdding
{
    /// <summary>The web app's set-password page (PublicLinks.SetPasswordPath there).</summary>
    public const string SetPasswordPath = AccountTickets.SetPasswordPath;

    public const string PublicUrlVariable = "App__PublicUrl";

    public const string DefaultPublicUrl = "http://localhost:5000";

    public static async Task<int> AddAsync(UserToAdd request, DatabaseOptions options, CliContext context, CancellationToken cancel)
    {
        if (RoleWords.Parse(request.RoleSlug) is not { } chosen)
        {
            context.Err.WriteLine(context.T(
                $"Không có vai trò “{request.RoleSlug}”. Các vai trò: {Roles(context)}.", $"There is no role “{request.RoleSlug}”. The roles: {Roles(context)}."));
            return ExitCodes.Usage;
        }

        if (CommandLineProblem(request, chosen, context) is { } problem)
        {
            context.Err.WriteLine(problem);
            return ExitCodes.Usage;
        }

        string? password = null;
        if (request.PasswordFromStdin)
        {
            // One line: the password as typed, without the line break (spaces are part of it).
            password = (await context.In.ReadLineAsync(cancel))?.TrimEnd('\r', '\n');
            if (string.IsNullOrEmpty(password))
            {
                context.Err.WriteLine(context.T("Không đọc được mật khẩu từ đầu vào chuẩn (dòng đầu tiên trống).", "No password on standard input (the first line is empty)."));
                return ExitCodes.InputProblems;
            }
        }

        await ChiSoDatabase.EnsureReadyAsync(options, cancel);
        await using var services = UsersServices.Build(options);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ChiSoDbContext>();
        int? unitId = null;
        if (request.UnitCode is { } code)
        {
            var units = await db.Units.AsNoTracking().Where(u => u.Code == code.Trim() && u.ValidTo == null).Select(u => u.Id).ToListAsync(cancel);
            if (units.Count != 1)
            {
                context.Err.WriteLine(units.Count == 0
                    ? context.T($"Không có đơn vị đang hiệu lực với mã {code}. Xem các mã bằng `chiso units list`.", $"There is no current unit with the code {code}. See the codes with `chiso units list`.")
                    : context.T($"Mã {code} ứng với {units.Count} đơn vị đang hiệu lực: không chọn được.", $"The code {code} names {units.Count} current units: cannot choose."));
                return ExitCodes.InputProblems;
            }

            unitId = units[0];
        }

        var created = await scope.ServiceProvider.GetRequiredService<AccountCreation>().CreateAsync(
            new NewAccount(request.Email, request.Name, chosen, unitId, password), UsersCommand.Actor, cancel);
        if (created.User is not { } user)
        {
            context.Err.WriteLine(context.T($"✗ Không thêm được {request.Email}:", $"✗ {request.Email} was not added:"));
            foreach (var error in created.Errors)
            {
                var words = IdentityErrorWords.Of(error);
                context.Err.WriteLine("  " + (words?.In(context.Language) ?? context.T($"Bị từ chối ({error}).", $"Refused ({error}).")));
            }

            return ExitCodes.InputProblems;
        }

        var role = RoleWords.Name(chosen).In(context.Language);
        context.Out.WriteLine(context.T($"✓ Đã thêm {user.Email} ({request.Name.Trim()}), vai trò {role}.", $"✓ Added {user.Email} ({request.Name.Trim()}) as {role}."));
        if (password is null)
        {
            var secret = await scope.ServiceProvider.GetRequiredService<AccountTickets>().IssueAsync(user.Id, UsersCommand.Actor, cancellationToken: cancel);
            var (publicUrl, configured) = PublicUrl(request.PublicUrl);
            context.Out.WriteLine(context.T(
                $"Đường dẫn đặt mật khẩu (dùng một lần, hết hạn sau {AccountTickets.DefaultLifetime.Days} ngày); hãy gửi riêng cho người này:",
                $"The set-password link (works once, expires in {AccountTickets.DefaultLifetime.Days} days); send it to this person privately:"));
            context.Out.WriteLine($"{publicUrl}{SetPasswordPath}?ticket={Uri.EscapeDataString(secret)}");
            if (!configured)
            {
                context.Err.WriteLine(context.T(
                    $"Lưu ý: đường dẫn dùng địa chỉ mặc định {DefaultPublicUrl}; hãy đặt --public-url hoặc biến môi trường {PublicUrlVariable} bằng địa chỉ thật của ChiSo.",
                    $"Note: the link uses the default address {DefaultPublicUrl}; set --public-url or the environment variable {PublicUrlVariable} to ChiSo's real address."));
            }
        }

        return ExitCodes.Ok;
    }

    private static string Roles(CliContext context) =>
        string.Join(", ", Enum.GetValues<Role>().Select(r => $"{RoleWords.Slug(r)} ({RoleWords.Name(r).In(context.Language)})"));

    private static string? CommandLineProblem(UserToAdd request, Role chosen, CliContext context)
    {
        var role = RoleWords.Name(chosen).In(context.Language);
        return (RoleWords.Scope(chosen), request.UnitCode) switch
        {
            _ when string.IsNullOrWhiteSpace(request.Name) => context.T("Hãy cho họ tên: --name \"…\".", "Give the full name: --name \"…\"."),
            _ when request.Name.Trim().Length > AccountCreation.MaxNameLength => context.T($"Họ tên dài quá {AccountCreation.MaxNameLength} ký tự.", $"The name is longer than {AccountCreation.MaxNameLength} characters."),
            _ when request.PublicUrl is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") =>
                context.T($"--public-url phải là địa chỉ http(s) đầy đủ, ví dụ https://chiso.tinh.gov.vn; nhận được {url}.", $"--public-url must be a full http(s) address, e.g. https://chiso.province.gov.vn; got {url}."),
            (RoleScope.SystemWide, not null) => context.T($"Vai trò {role} là vai trò toàn hệ thống: bỏ --unit.", $"The role {role} is system-wide: leave out --unit."),
            (RoleScope.Unit, null) => context.T($"Vai trò {role} gắn với một đơn vị: thêm --unit MÃ_ĐƠN_VỊ.", $"The role {role} belongs to a unit: add --unit CODE."),
            _ => null,
        };
    }

    private static (string Url, bool Configured) PublicUrl(string? option)
    {
        var chosen = option is { Length: > 0 } ? option : Environment.GetEnvironmentVariable(PublicUrlVariable);
        return chosen is { Length: > 0 } ? (chosen.TrimEnd('/'), true) : (DefaultPublicUrl, false);
    }
}
