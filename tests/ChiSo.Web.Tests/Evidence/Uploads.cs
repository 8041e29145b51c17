using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;

namespace ChiSo.Web.Tests.Evidence;

/// <summary>Small real files built in memory, and the form posts the entry page's script makes.</summary>
internal static class Uploads
{
    /// <summary>
    /// A minimal valid one-page PDF 1.4 (catalog, pages, page; cross-reference table with the byte offset of each
    /// object, as ISO 32000-1 §7.5.4 requires), so that it opens in a reader and is not merely "%PDF" bytes.
    /// </summary>
    public static byte[] TinyPdf(string marker = "ChiSo")
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << >> /Title ({marker}) >>",
        };
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>A Word document's skeleton: the zip parts a .docx must have ([Content_Types].xml, word/document.xml).</summary>
    public static byte[] TinyDocx(bool withContentTypes = true)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            if (withContentTypes)
            {
                Write(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            }

            Write(zip, "word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
        }

        return memory.ToArray();
    }

    /// <summary>The first bytes of a Windows program (the "MZ" DOS header), padded.</summary>
    public static byte[] FakeExe() => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, .. new byte[120]];

    public static async Task<HttpResponseMessage> UploadAsync(
        HttpClient client, int submissionId, string criterion, byte[] bytes, string fileName, string token, string claimedType = "application/pdf")
    {
        ArgumentNullException.ThrowIfNull(client);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(claimedType);
        form.Add(file, "file", fileName);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync(new Uri($"/api/v1/submissions/{submissionId}/criteria/{criterion}/evidence/files", UriKind.Relative), form);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string token, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    /// <summary>
    /// Sends <paramref name="count"/> different PDFs of one size (<see cref="RaceFileSize"/>) to a criterion all at
    /// once, as a script could; the statuses in the order sent.
    /// </summary>
    public static async Task<System.Net.HttpStatusCode[]> AtOnceAsync(HttpClient client, int submissionId, string criterion, string token, int count)
    {
        var sends = Enumerable.Range(0, count).Select(async i =>
        {
            using var response = await UploadAsync(client, submissionId, criterion, RaceFile(i), $"cung-luc-{i:D2}.pdf", token);
            return response.StatusCode;
        });
        return await Task.WhenAll(sends);
    }

    /// <summary>The size of every file <see cref="AtOnceAsync"/> sends.</summary>
    public static int RaceFileSize => RaceFile(0).Length;

    // Different bytes (a new id each time), the same length.
    private static byte[] RaceFile(int i) => TinyPdf($"race-{i:D2}-{Guid.NewGuid():N}");

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
        writer.Write(content);
    }
}
