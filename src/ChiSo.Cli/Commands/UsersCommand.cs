using System.CommandLine;
using ChiSo.Data;
using ChiSo.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Cli.Commands;

/// <summary>
/// <c>chiso users add EMAIL --name … --role … [--unit CODE] [--password-stdin] [--public-url URL]</c>,
/// <c>chiso users list</c> and <c>chiso users deactivate EMAIL</c>. Every change is audited with the actor <c>cli</c>.
/// </summary>
internal static class UsersCommand
{
    public const string Actor = "cli";

    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var database = DatabaseOption.Create();
        var command = new Command("users", "Tài khoản người dùng: thêm, liệt kê, vô hiệu hóa / accounts: add, list, deactivate") { database };
        Func<ParseResult, DatabaseOptions> options = result => DatabaseOption.Read(result.GetValue(database));
        command.Subcommands.Add(Add(context, options));
        command.Subcommands.Add(List(context, options));
        command.Subcommands.Add(Deactivate(context, options));
        return command;
    }

    private static Command Add(Func<ParseResult, CliContext> context, Func<ParseResult, DatabaseOptions> options)
    {
        var email = new Argument<string>("email") { Description = "Thư điện tử (dùng để đăng nhập) / e-mail (to sign in with)" };
        var name = new Option<string>("--name") { Description = "Họ tên / full name", Required = true };
        var role = new Option<string>("--role") { Description = string.Join(" | ", RoleWords.Slugs), Required = true };
        var unit = new Option<string?>("--unit") { Description = "Mã đơn vị của vai trò (bắt buộc với unit-reporter, unit-head, leader) / the unit's code (required for unit-reporter, unit-head, leader)" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Đọc mật khẩu từ đầu vào chuẩn / read the password from standard input" };
        var publicUrl = new Option<string?>("--public-url")
        {
            Description = "Địa chỉ của ChiSo cho đường dẫn đặt mật khẩu; mặc định App__PublicUrl, nếu không thì http://localhost:5000 / the app's address for the set-password link; default App__PublicUrl, else http://localhost:5000",
        };
        var command = new Command("add", "Thêm một tài khoản với một vai trò; in đường dẫn đặt mật khẩu dùng một lần, trừ khi có --password-stdin / add an account with one role; prints a one-time set-password link unless --password-stdin")
        {
            email, name, role, unit, passwordStdin, publicUrl,
        };
        command.SetAction((result, cancel) => UsersAdding.AddAsync(
            new UserToAdd(result.GetValue(email)!, result.GetValue(name)!, result.GetValue(role)!, result.GetValue(unit),
                result.GetValue(passwordStdin), result.GetValue(publicUrl)),
            options(result), context(result), cancel));
        return command;
    }

    private static Command List(Func<ParseResult, CliContext> context, Func<ParseResult, DatabaseOptions> options)
    {
        var command = new Command("list", "Liệt kê tài khoản, vai trò và trạng thái / list accounts, their roles and state");
        command.SetAction((result, cancel) => ListAsync(options(result), context(result), cancel));
        return command;
    }

    private static Command Deactivate(Func<ParseResult, CliContext> context, Func<ParseResult, DatabaseOptions> options)
    {
        var email = new Argument<string>("email") { Description = "Thư điện tử của tài khoản / the account's e-mail" };
        var command = new Command("deactivate", "Vô hiệu hóa một tài khoản (không xóa; lịch sử được giữ) / deactivate an account (never deleted; its history stays)") { email };
        command.SetAction((result, cancel) => DeactivateAsync(result.GetValue(email)!, options(result), context(result), cancel));
        return command;
    }

    private static async Task<int> ListAsync(DatabaseOptions options, CliContext context, CancellationToken cancel)
    {
        await ChiSoDatabase.EnsureReadyAsync(options, cancel);
        await using var services = UsersServices.Build(options);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ChiSoDbContext>();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancel);
        var memberships = await db.Memberships.AsNoTracking()
            .Select(m => new { m.UserId, m.Role, Unit = db.Units.Where(u => u.Id == m.UnitId).Select(u => u.Code + " " + u.Name).FirstOrDefault() })
            .ToListAsync(cancel);
        if (users.Count == 0)
        {
            context.Out.WriteLine(context.T("Chưa có tài khoản nào.", "No accounts yet."));
            return ExitCodes.Ok;
        }

        foreach (var user in users)
        {
            var state = AccountDeactivation.IsDeactivated(user) ? context.T("đã vô hiệu hóa", "deactivated") : context.T("đang hoạt động", "active");
            context.Out.WriteLine($"{user.Email}\t{user.DisplayName}\t{state}");
            foreach (var membership in memberships.Where(m => m.UserId == user.Id).OrderBy(m => m.Role))
            {
                var role = RoleWords.Name(membership.Role).In(context.Language);
                context.Out.WriteLine($"    {role} · {membership.Unit ?? context.T("toàn hệ thống", "system-wide")}");
            }
        }

        return ExitCodes.Ok;
    }

    private static async Task<int> DeactivateAsync(string email, DatabaseOptions options, CliContext context, CancellationToken cancel)
    {
        await ChiSoDatabase.EnsureReadyAsync(options, cancel);
        await using var services = UsersServices.Build(options);
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ChiSoUser>>();
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            context.Err.WriteLine(context.T($"Không có tài khoản nào với thư điện tử {email}.", $"There is no account with the e-mail {email}."));
            return ExitCodes.InputProblems;
        }

        var changed = await scope.ServiceProvider.GetRequiredService<AccountDeactivation>().DeactivateAsync(user, Actor, cancel);
        context.Out.WriteLine(changed
            ? context.T($"✓ Đã vô hiệu hóa {user.Email}: không đăng nhập được nữa, các phiên và mã truy cập API hết hiệu lực.", $"✓ Deactivated {user.Email}: no more sign-in; its sessions and API tokens stop working.")
            : context.T($"✓ {user.Email} đã bị vô hiệu hóa từ trước: không thay đổi gì.", $"✓ {user.Email} was already deactivated: nothing changed."));
        return ExitCodes.Ok;
    }
}
