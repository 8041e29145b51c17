namespace ChiSo.Web.Features.Notifications;

/// <summary>
/// The words of a reminder. They are stored, not rendered per reader, so they are written in Vietnamese (the working
/// language of every recipient) with the English below in the e-mail.
/// </summary>
public sealed record ReminderText(string Subject, string Body, string Mail, string Link)
{
    public static ReminderText For(string campaign, string unit, int campaignId, int unitId)
    {
        var link = $"/campaigns/{campaignId}/units/{unitId}";
        var subject = $"Nhắc nhở hoàn thành tự đánh giá: {campaign}";
        var body = $"{unit} chưa nộp hồ sơ tự đánh giá của kỳ “{campaign}”. Đề nghị đơn vị hoàn thành và nộp hồ sơ.";
        var mail = body + "\n\n" + link + "\n\n--\n"
            + $"Reminder: {unit} has not yet submitted its self-assessment for “{campaign}”. Please complete and submit it.";
        return new ReminderText(Truncate(subject, 300), body, mail, link);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
