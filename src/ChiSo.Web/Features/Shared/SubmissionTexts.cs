using ChiSo.Data.Submissions;

namespace ChiSo.Web.Features.Shared;

public static class SubmissionTexts
{
    public static string Status(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Draft => L.T("Đang nhập", "Draft"),
        SubmissionStatus.Submitted => L.T("Đã nộp", "Submitted"),
        SubmissionStatus.Round1Published => L.T("Đã công bố kết quả lần 1", "Round 1 published"),
        SubmissionStatus.Confirmed => L.T("Đã xác nhận", "Confirmed"),
        SubmissionStatus.Objected => L.T("Có ý kiến giải trình", "Objected"),
        SubmissionStatus.Round2Published => L.T("Đã công bố kết quả lần 2", "Round 2 published"),
        SubmissionStatus.Approved => L.T("Đã phê duyệt", "Approved"),
        SubmissionStatus.Published => L.T("Đã công bố", "Published"),
    };
}
