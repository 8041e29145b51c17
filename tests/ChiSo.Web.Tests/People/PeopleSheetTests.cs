using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ChiSo.Data.Notifications;
using ChiSo.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.People;

public sealed class PeopleSheetTests(PeopleApp app) : IClassFixture<PeopleApp>
{
    private const string Header = "Họ tên,Thư điện tử,Số điện thoại,Mã đơn vị,Vai trò";

    [Fact]
    public async Task Preview_EveryKindOfBadRow_400ListsEachRowWithItsReasonAndNothingIsCreated()
    {
        var first = PeopleApp.NewEmail("mot");
        var csv = string.Join('\n',
            Header,
            $"Nguyễn Văn Một,{first},0912345678,80.S08,Cán bộ báo cáo",
            $"Trần Hai,{first},,80.S08,Cán bộ báo cáo",
            "Lê Ba,baocao@demo.chiso.vn,,80.S08,Cán bộ báo cáo",
            $"Phạm Bốn,{PeopleApp.NewEmail("bon")},,ZZ.999,Cán bộ báo cáo",
            $"Hoàng Năm,{PeopleApp.NewEmail("nam")},,80.S08,Thủ quỹ",
            $"Vũ Sáu,{PeopleApp.NewEmail("sau")},,,Quản trị hệ thống",
            $"Đặng Bảy,{PeopleApp.NewEmail("bay")},,{app.OtherProvinceUnit},Cán bộ báo cáo",
            $",{PeopleApp.NewEmail("tam")},,80.S08,Cán bộ báo cáo",
            "Bùi Chín,chin-khong-co-a-cong,,80.S08,Cán bộ báo cáo",
            $"Ngô Mười,{PeopleApp.NewEmail("muoi")},goi-toi-nhe,80.S08,Thủ trưởng đơn vị");
        using var organiser = app.As(PeopleApp.ProvinceOrganiser);

        using var response = await PreviewAsync(organiser, csv, "moi.csv");
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        var problems = document.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("vi").GetString()!).ToList();
        var rows = document.RootElement.GetProperty("rows").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(10, rows.Count);
        Assert.True(rows[0].GetProperty("good").GetBoolean());
        Assert.All(rows.Skip(1), r => Assert.False(r.GetProperty("good").GetBoolean()));
        string[] expected =
        [
            "Dòng 3: Thư điện tử trùng với dòng 2 của tệp.",
            "Dòng 4: Đã có người dùng với thư điện tử baocao@demo.chiso.vn.",
            "Dòng 5: Không có đơn vị mã \"ZZ.999\".",
            "Dòng 6: Không có vai trò \"Thủ quỹ\".",
            "Dòng 7: Bạn không được giao vai trò \"Quản trị hệ thống\"",
            $"Dòng 8: Đơn vị \"{app.OtherProvinceUnit}\" nằm ngoài phạm vi bạn quản lý.",
            "Dòng 9: Thiếu họ tên.",
            "Dòng 10: Thư điện tử \"chin-khong-co-a-cong\" không đúng dạng",
            "Dòng 11: Số điện thoại \"goi-toi-nhe\" không đúng dạng",
        ];
        Assert.All(expected, e => Assert.Contains(problems, p => p.StartsWith(e, StringComparison.Ordinal)));
        await using var db = app.NewContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == first));
    }

    [Fact]
    public async Task PreviewThenApply_GoodSheet_CreatesEveryoneWithInvitationMailsNotificationsAndAudit()
    {
        var (a, b) = (PeopleApp.NewEmail("tepa"), PeopleApp.NewEmail("tepb"));
        var csv = $"{Header}\nNguyễn Tệp A,{a},0912 000 001,80.S08,Cán bộ báo cáo\nTrần Tệp B,{b},,80.S08,thu truong don vi\n";
        using var organiser = app.As(PeopleApp.ProvinceOrganiser);

        using var preview = await PreviewAsync(organiser, csv, "moi.csv");
        var checkedSheet = await preview.Content.ReadFromJsonAsync<SheetPreview>();
        using var apply = await organiser.PostAsync(new Uri($"/api/v1/people/sheet/{checkedSheet!.PreviewId}/apply", UriKind.Relative), null);
        using var again = await organiser.PostAsync(new Uri($"/api/v1/people/sheet/{checkedSheet.PreviewId}/apply", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(HttpStatusCode.OK, apply.StatusCode);
        Assert.Equal(2, (await apply.Content.ReadFromJsonAsync<AppliedSheet>())!.Created);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        await using var db = app.NewContext();
        var ids = await db.Users.Where(u => u.Email == a || u.Email == b).Select(u => u.Id).ToListAsync();
        Assert.Equal(2, ids.Count);
        Assert.Equal(2, await db.Set<OutboxMessage>().CountAsync(m => m.To == a || m.To == b));
        Assert.Equal(2, await db.Set<Notification>().CountAsync(n => ids.Contains(n.UserId)));
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => ids.Contains(e.EntityId) && e.Action == "create"));
        Assert.Equal(2, await db.Memberships.CountAsync(m => ids.Contains(m.UserId)));
    }

    [Fact]
    public async Task Apply_OneAddressTakenSinceThePreview_400AndNobodyCreated()
    {
        var (a, b) = (PeopleApp.NewEmail("tatca"), PeopleApp.NewEmail("khongai"));
        var csv = $"{Header}\nNguyễn Tất Cả,{a},,80.S08,Cán bộ báo cáo\nTrần Không Ai,{b},,80.S08,Cán bộ báo cáo\n";
        using var admin = app.Administrator();
        using var preview = await PreviewAsync(admin, csv, "moi.csv");
        var checkedSheet = await preview.Content.ReadFromJsonAsync<SheetPreview>();
        await app.CreateAsync("Người đến trước", b);

        using var apply = await admin.PostAsync(new Uri($"/api/v1/people/sheet/{checkedSheet!.PreviewId}/apply", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.BadRequest, apply.StatusCode);
        Assert.Contains("Đã có người dùng", await PeopleApp.DetailAsync(apply), StringComparison.Ordinal);
        await using var db = app.NewContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == a));
    }

    [Fact]
    public async Task Template_IsAWorkbookTheReaderAcceptsEmpty()
    {
        using var admin = app.Administrator();

        using var response = await admin.GetAsync(new Uri("/api/v1/people/sheet/template", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var read = Files.People.PeopleSheet.Read(new MemoryStream(bytes), "mau.xlsx");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.False(read.Refused, string.Join("; ", read.Problems.Select(p => p.Text.Vi)));
        Assert.Empty(read.Rows);
    }

    [Fact]
    public async Task Preview_NotASheet_400WithReason()
    {
        using var admin = app.Administrator();

        using var response = await PreviewAsync(admin, "chỉ là một dòng chữ", "ghi-chu.txt");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("dòng tiêu đề", await PeopleApp.DetailAsync(response), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PreviewAsync(HttpClient client, string csv, string name) => PreviewAsync(client, Encoding.UTF8.GetBytes(csv), name);

    private static async Task<HttpResponseMessage> PreviewAsync(HttpClient client, byte[] bytes, string name)
    {
        using var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var form = new MultipartFormDataContent { { file, "file", name } };
        return await client.PostAsync(new Uri("/api/v1/people/sheet/preview", UriKind.Relative), form);
    }
}
