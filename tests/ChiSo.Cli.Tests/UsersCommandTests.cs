using ChiSo.Data;
using ChiSo.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Cli.Tests;

/// <summary><c>chiso users add | list | deactivate</c> (issue 12 §1): accounts the web app accepts, every change audited.</summary>
public sealed class UsersCommandTests
{
    private const string Password = "Quan-Tri-2026!";

    [Fact]
    public async Task Add_PasswordFromStdin_TheWebAppsIdentityAcceptsIt()
    {
        using var folder = new TempFolder();
        var db = folder.File("chiso.db");

        var run = Run(Password + "\n", "users", "add", "quantri@tinh.gov.vn", "--name", "Nguyễn Văn Quản", "--role", "administrator", "--password-stdin", "--database", db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Đã thêm quantri@tinh.gov.vn", run.Out, StringComparison.Ordinal);
        Assert.Contains("Quản trị hệ thống", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("ticket=", run.Out, StringComparison.Ordinal);
        await using var services = ChiSo.Cli.Commands.UsersServices.Build(new DatabaseOptions { ConnectionString = $"Data Source={db}" });
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ChiSoUser>>();
        var user = await users.FindByEmailAsync("quantri@tinh.gov.vn");
        Assert.NotNull(user);
        Assert.True(await users.CheckPasswordAsync(user, Password));
        // The web app checks with a plain PasswordHasher on the same hash.
        Assert.NotEqual(PasswordVerificationResult.Failed, new PasswordHasher<ChiSoUser>().VerifyHashedPassword(user, user.PasswordHash!, Password));
        var context = scope.ServiceProvider.GetRequiredService<ChiSoDbContext>();
        var membership = await context.Memberships.SingleAsync();
        Assert.Equal((Role.Administrator, (int?)null), (membership.Role, membership.UnitId));
        Assert.True(await context.AuditEvents.AnyAsync(e => e.Actor == "cli" && e.Action == "create" && e.EntityId == user.Id));
    }

    [Fact]
    public void Add_WithoutPassword_PrintsAOneTimeLinkOnThePublicUrl()
    {
        using var folder = new TempFolder();
        var db = folder.File("chiso.db");

        var run = Run("", "users", "add", "tochuc@tinh.gov.vn", "--name", "Trần Thị Tổ Chức", "--role", "organiser", "--public-url", "https://chiso.tinh.gov.vn/", "--database", db);
        var plain = Run("", "users", "add", "thamdinh@tinh.gov.vn", "--name", "Lê Thẩm Định", "--role", "reviewer", "--database", db, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"https://chiso\.tinh\.gov\.vn/account/set-password\?ticket=[A-Za-z0-9_-]{43}\b", run.Out);
        Assert.Equal(0, plain.ExitCode);
        Assert.Matches(@"http://localhost:5000/account/set-password\?ticket=[A-Za-z0-9_-]{43}\b", plain.Out);
        Assert.Contains("App__PublicUrl", plain.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_UnknownUnitUnknownRoleDuplicateAddressWeakPassword_SayWhyWithTheirExitCodes()
    {
        using var folder = new TempFolder();
        var db = folder.File("chiso.db");
        Assert.Equal(0, Run(Password, "users", "add", "a@tinh.gov.vn", "--name", "A", "--role", "organiser", "--password-stdin", "--database", db).ExitCode);

        var unknownUnit = Run("", "users", "add", "b@tinh.gov.vn", "--name", "B", "--role", "unit-reporter", "--unit", "ZZ-999", "--database", db);
        var missingUnit = Run("", "users", "add", "b@tinh.gov.vn", "--name", "B", "--role", "unit-head", "--database", db);
        var unitForAdmin = Run("", "users", "add", "b@tinh.gov.vn", "--name", "B", "--role", "administrator", "--unit", "01", "--database", db);
        var unknownRole = Run("", "users", "add", "b@tinh.gov.vn", "--name", "B", "--role", "superuser", "--database", db);
        var duplicate = Run("", "users", "add", "A@tinh.gov.vn", "--name", "A again", "--role", "reviewer", "--database", db, "--lang", "en");
        var weak = Run("ngan\n", "users", "add", "c@tinh.gov.vn", "--name", "C", "--role", "reviewer", "--password-stdin", "--database", db);
        var published = Run("ChiSo-Demo-2025\n", "users", "add", "d@tinh.gov.vn", "--name", "D", "--role", "reviewer", "--password-stdin", "--database", db);

        Assert.Equal(1, unknownUnit.ExitCode);
        Assert.Contains("Không có đơn vị đang hiệu lực với mã ZZ-999", unknownUnit.Err, StringComparison.Ordinal);
        Assert.Equal(2, missingUnit.ExitCode);
        Assert.Contains("thêm --unit", missingUnit.Err, StringComparison.Ordinal);
        Assert.Equal(2, unitForAdmin.ExitCode);
        Assert.Equal(2, unknownRole.ExitCode);
        Assert.Contains("Không có vai trò “superuser”", unknownRole.Err, StringComparison.Ordinal);
        Assert.Contains("unit-reporter (Cán bộ báo cáo)", unknownRole.Err, StringComparison.Ordinal);
        Assert.Equal(1, duplicate.ExitCode);
        Assert.Contains("An account with this e-mail address exists", duplicate.Err, StringComparison.Ordinal);
        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("ít nhất 10 ký tự", weak.Err, StringComparison.Ordinal);
        Assert.Equal(1, published.ExitCode);
        Assert.Contains("được công bố", published.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_UnitReporterOnARegistryUnit_ListShowsRolesUnitsAndState_DeactivateIsAudited()
    {
        using var folder = new TempFolder();
        var db = folder.File("chiso.db");
        Assert.Equal(0, CliRunner.Run("units", "import", "--database", db).ExitCode);

        var added = Run("", "users", "add", "baocao@tinh.gov.vn", "--name", "Phạm Báo Cáo", "--role", "unit-reporter", "--unit", "48", "--database", db);
        Run(Password, "users", "add", "quantri@tinh.gov.vn", "--name", "Quản Trị", "--role", "administrator", "--password-stdin", "--database", db);
        var deactivated = Run("", "users", "deactivate", "baocao@tinh.gov.vn", "--database", db);
        var again = Run("", "users", "deactivate", "baocao@tinh.gov.vn", "--database", db);
        var nobody = Run("", "users", "deactivate", "khongco@tinh.gov.vn", "--database", db);
        var list = Run("", "users", "list", "--database", db);

        Assert.Equal(0, added.ExitCode);
        Assert.Equal(0, deactivated.ExitCode);
        Assert.Contains("đã bị vô hiệu hóa từ trước", again.Out, StringComparison.Ordinal);
        Assert.Equal(1, nobody.ExitCode);
        Assert.Equal(0, list.ExitCode);
        var lines = list.Out.Split('\n');
        Assert.Contains("baocao@tinh.gov.vn\tPhạm Báo Cáo\tđã vô hiệu hóa", lines);
        Assert.Contains("    Cán bộ báo cáo · 48 Thành phố Đà Nẵng", lines);
        Assert.Contains("quantri@tinh.gov.vn\tQuản Trị\tđang hoạt động", lines);
        Assert.Contains("    Quản trị hệ thống · toàn hệ thống", lines);
        using var context = ChiSoDatabase.CreateContext(new DatabaseOptions { ConnectionString = $"Data Source={db}" });
        Assert.Equal(1, context.AuditEvents.Count(e => e.Actor == "cli" && e.Action == "deactivate"));
    }

    private static CliRun Run(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var code = ChisoCommand.Run(args, output, error, reader);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
