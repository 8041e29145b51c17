using System.Globalization;
using ChiSo.Data;
using ChiSo.Engine;
using ChiSo.Files.Documents;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Objections;

/// <summary>A generated letter: its bytes and the name to save it under.</summary>
public sealed record LetterFile(byte[] Content, string FileName)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}

/// <summary>
/// The unit's signed answer to its round-1 result as a document it can file (văn bản xác nhận / góp ý kết quả đánh
/// giá), in Vietnamese as official documents are: the national heading, the unit, the campaign, the date it was signed,
/// the round-1 figures, each objection with its explanation and new evidence, the signer. Made from the stored rows
/// alone (the response, the round-1 snapshot, the filed objections), which never change once signed: the same answer
/// always gives the same document.
/// </summary>
public sealed class ObjectionLetters(ChiSoDbContext db, RoundOneResults results)
{
    public async Task<LetterFile?> ForAsync(int campaignId, int unitId, CancellationToken cancellationToken = default)
    {
        var result = await results.ReadAsync(campaignId, unitId, cancellationToken);
        if (result?.Response is not { } response)
        {
            return null;
        }

        var signer = await db.Users.AsNoTracking().Where(u => u.UserName == response.SignedBy).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        var signed = DateOnly.FromDateTime(VietnamTime.FromUtc(response.SignedAt));
        var kind = response.Confirmed ? "XÁC NHẬN" : "GÓP Ý";
        var d = result.Decimals;
        string P(double? points) => RoundFormat.Points(points, d, Language.Vi);

        var body = new List<object>
        {
            new LetterParagraph($"Kính gửi: Cơ quan tổ chức kỳ đánh giá \u201C{result.CampaignName}\u201D."),
            new LetterParagraph($"{result.UnitName} đã nhận kết quả đánh giá vòng 1 của kỳ đánh giá \u201C{result.CampaignName}\u201D như sau:"),
            new LetterTable(
                ["Nhóm chỉ số", "Điểm", "Xếp hạng"],
                [.. result.Groups.Select(g => (IReadOnlyList<string>)[$"{g.Code}. {g.Name}", P(g.Points), RoundFormat.Rank(g.Rank)]),
                 ["Tổng điểm", P(result.Total), RoundFormat.Rank(result.TotalRank)]],
                [false, true, true]),
        };
        if (response.Confirmed)
        {
            body.Add(new LetterParagraph($"{result.UnitName} xác nhận kết quả đánh giá vòng 1 nêu trên."));
        }
        else
        {
            var objected = result.Criteria.Where(c => c.Objection is { Filed: true }).ToList();
            body.Add(new LetterParagraph($"{result.UnitName} đề nghị xem xét lại {objected.Count.ToString(CultureInfo.InvariantCulture)} tiêu chí sau:"));
            var number = 0;
            foreach (var criterion in objected)
            {
                number++;
                body.Add(new LetterParagraph(
                    $"{number.ToString(CultureInfo.InvariantCulture)}. Tiêu chí {criterion.Code} \u2013 {criterion.Name} (điểm tự đánh giá {P(criterion.Self)}, điểm vòng 1 {P(criterion.Reviewed)} trên {P(criterion.MaxPoints)}):",
                    Bold: true));
                body.Add(new LetterParagraph(criterion.Objection!.Text));
                if (criterion.Objection.Evidence.Count > 0)
                {
                    body.Add(new LetterParagraph("Minh chứng bổ sung: " + string.Join("; ", criterion.Objection.Evidence.Select(e => e.FileName ?? e.DocumentNumber ?? "")) + ".", Italic: true));
                }
            }
        }

        if (response.Note is { Length: > 0 } note)
        {
            body.Add(new LetterParagraph(note));
        }

        var letter = new Letter(
            [new(result.UnitName.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), Bold: true, Centred: true), new("Số: ……/……", Centred: true)],
            [new("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", Bold: true, Centred: true), new("Độc lập - Tự do - Hạnh phúc", Bold: true, Centred: true)],
            new($"Ngày {PeopleFormat.Date(signed)}", Italic: true, Right: true),
            [new($"VĂN BẢN {kind} KẾT QUẢ ĐÁNH GIÁ", Bold: true, Centred: true, Size: 14), new($"Kết quả vòng 1 \u2013 {result.CampaignName}", Bold: true, Centred: true)],
            body,
            [new("THỦ TRƯỞNG ĐƠN VỊ", Bold: true, Right: true),
             new($"(Đã ký trên ChiSo lúc {VietnamTime.FromUtc(response.SignedAt).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture)})", Italic: true, Right: true),
             new(signer is { Length: > 0 } name ? $"{name} ({response.SignedBy})" : response.SignedBy, Bold: true, Right: true)]);
        var file = $"van-ban-{(response.Confirmed ? "xac-nhan" : "gop-y")}-vong-1-{Safe(result.UnitCode)}.docx";
        return new LetterFile(WordLetter.Write(letter), file);
    }

    private static string Safe(string code) => new([.. code.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
