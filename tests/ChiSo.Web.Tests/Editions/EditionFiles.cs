using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ChiSo.Web.Tests.Editions;

/// <summary>Small framework files for the editions tests, and the multipart form that carries one.</summary>
internal static class EditionFiles
{
    public static string Yaml(string id, int edition = 2026, string rule = "max * ratio(da_lam, tong)", double max = 10) => $$"""
        id: {{id}}
        edition: {{edition}}
        title: Bộ chỉ số thử nghiệm
        tree:
          - code: "1"
            name: Nhóm một
            children:
              - code: "1.1"
                name: Tỷ lệ hồ sơ trực tuyến
                max: {{max.ToString(System.Globalization.CultureInfo.InvariantCulture)}}
                lead: Văn phòng UBND
                inputs:
                  - { id: da_lam, type: integer, min: 0, label: Số hồ sơ trực tuyến }
                  - { id: tong, type: integer, min: 1, label: Tổng số hồ sơ }
                score: {{rule}}
              - code: "1.2"
                name: Có kế hoạch chuyển đổi số
                max: 5
                inputs:
                  - { id: ke_hoach, type: yes_no }
                score: if(ke_hoach, max, 0)
        """;

    /// <summary>A duplicate code (line 14) and a rule naming an input that does not exist.</summary>
    public static string Broken(string id) => Yaml(id).Replace("code: \"1.2\"", "code: \"1.1\"", StringComparison.Ordinal)
        .Replace("if(ke_hoach, max, 0)", "if(khong_co, max, 0)", StringComparison.Ordinal);

    public static MultipartFormDataContent Form(byte[] bytes, string name, string? antiforgery = null)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent { { file, "file", name } };
        if (antiforgery is not null)
        {
            form.Add(new StringContent(antiforgery), "__RequestVerificationToken");
        }

        return form;
    }

    public static MultipartFormDataContent Form(string yaml, string name = "bo-chi-so.yaml") => Form(Encoding.UTF8.GetBytes(yaml), name);

    /// <summary>A package whose one sheet unpacks to 3 MB of spaces from a few kB: far past the guard's ratio.</summary>
    public static byte[] ZipBomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                types.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            }

            using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open());
            sheet.Write("<worksheet>");
            sheet.Write(new string(' ', 3 * 1024 * 1024));
            sheet.Write("</worksheet>");
        }

        return buffer.ToArray();
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
