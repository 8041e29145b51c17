using System.Globalization;
using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Data.Notifications;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.People;

/// <summary>
/// An invitation: a new one-time set-password link (<see cref="AccountTickets"/>: any older link of the person dies),
/// the e-mail that carries it in the outbox and an in-app notification. It is queued in the caller's transaction, so a
/// person is never created without their invitation, nor invited without being created.
/// </summary>
public sealed class Invitations(ChiSoDbContext db, AccountTickets tickets, PublicLinks links, TimeProvider clock)
{
    /// <summary>Issues the link and adds the e-mail and the notification to the context; the caller saves (with its audit event).</summary>
    public async Task QueueAsync(string userId, string email, string? name, string invitedBy, bool notify = true, CancellationToken cancellationToken = default)
    {
        var secret = await tickets.IssueAsync(userId, invitedBy, null, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = Data.VietnamTime.FromUtc(now + AccountTickets.DefaultLifetime);
        var text = InvitationText.For(name ?? email, email, links.SetPassword(secret), expires, links.To(NewLinkPath));
        db.Add(new OutboxMessage { To = email, Subject = text.Subject, Body = text.Mail, CreatedAt = now, NextAttemptAt = now });
        if (notify)
        {
            db.Add(new Notification { UserId = userId, Title = text.Subject, Body = text.Notice, Link = "/account", CreatedAt = now });
        }
    }

    /// <summary>The public page where anyone asks for a fresh link.</summary>
    public const string NewLinkPath = "/account/new-link";
}

/// <summary>The words of an invitation, stored as sent: Vietnamese, with the English below in the e-mail.</summary>
public sealed record InvitationText(string Subject, string Mail, string Notice)
{
    public static InvitationText For(string name, string email, string link, DateTime expiresLocal, string newLink)
    {
        var until = expiresLocal.ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);
        var untilEn = expiresLocal.ToString("HH:mm 'on' dd/MM/yyyy", CultureInfo.InvariantCulture);
        var mail = $"""
            Kính gửi {name},

            Bạn được mời sử dụng ChiSo, phần mềm tổ chức đánh giá chỉ số chuyển đổi số, với tài khoản {email}.
            Hãy mở liên kết dưới đây để đặt mật khẩu. Liên kết chỉ dùng được một lần và hết hạn lúc {until} (giờ Việt Nam):

            {link}

            Nếu liên kết đã hết hạn, hãy xin liên kết mới tại {newLink}.
            Nếu bạn không chờ thư này, hãy bỏ qua nó.

            --
            Dear {name},

            You are invited to use ChiSo, the software that runs digital-transformation indices, with the account {email}.
            Open the link above to set your password. It works once and expires at {untilEn} (Vietnam time).
            If it has expired, ask for a new one at {newLink}. If you did not expect this e-mail, ignore it.
            """;
        return new InvitationText(
            "Mời sử dụng ChiSo: đặt mật khẩu cho tài khoản của bạn",
            mail,
            "Chào mừng bạn đến ChiSo. Tài khoản của bạn đã được tạo; vai trò và đơn vị của bạn xem ở trang Tài khoản của tôi.");
    }
}
