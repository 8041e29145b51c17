using ChiSo.Engine;
using ChiSo.Data.Campaigns;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.Setup;

/// <summary>The window of one phase as the form gives it; both dates empty means the phase is not scheduled.</summary>
public sealed record PhaseDates(PhaseKind Kind, DateOnly? Opens, DateOnly? Closes);

/// <summary>
/// A schedule is valid when the self-assessment is scheduled, every scheduled phase has both dates with the
/// opening not after the closing, and the phases follow each other in the official order without overlapping.
/// </summary>
public static class ScheduleRules
{
    public static List<Bilingual> Check(IReadOnlyList<PhaseDates> phases)
    {
        ArgumentNullException.ThrowIfNull(phases);
        var problems = new List<Bilingual>();
        if (!phases.Any(p => p.Kind == PhaseKind.SelfAssessment && (p.Opens is not null || p.Closes is not null)))
        {
            problems.Add(new("Hãy nhập ngày mở và hạn chót của giai đoạn tự đánh giá.", "Enter the opening day and the deadline of the self-assessment."));
        }

        PhaseDates? previous = null;
        foreach (var phase in phases.OrderBy(p => p.Kind))
        {
            if (phase.Opens is null && phase.Closes is null)
            {
                continue;
            }

            if (phase.Opens is null || phase.Closes is null)
            {
                problems.Add(new($"Giai đoạn \"{Names.Vi(phase.Kind)}\" cần đủ cả ngày bắt đầu và ngày kết thúc.", $"The \"{Names.En(phase.Kind)}\" phase needs both a start and an end date."));
                continue;
            }

            if (phase.Opens > phase.Closes)
            {
                problems.Add(new(
                    $"Giai đoạn \"{Names.Vi(phase.Kind)}\": ngày kết thúc ({L.Date(phase.Closes.Value)}) phải từ ngày bắt đầu ({L.Date(phase.Opens.Value)}) trở đi.",
                    $"Phase \"{Names.En(phase.Kind)}\": the end date ({L.Date(phase.Closes.Value)}) must not be before the start date ({L.Date(phase.Opens.Value)})."));
            }
            else if (previous is not null && phase.Opens <= previous.Closes)
            {
                problems.Add(new(
                    $"Giai đoạn \"{Names.Vi(phase.Kind)}\" phải bắt đầu sau khi giai đoạn \"{Names.Vi(previous.Kind)}\" kết thúc ({L.Date(previous.Closes!.Value)}).",
                    $"Phase \"{Names.En(phase.Kind)}\" must start after phase \"{Names.En(previous.Kind)}\" ends ({L.Date(previous.Closes!.Value)})."));
            }

            if (phase.Opens <= phase.Closes)
            {
                previous = phase;
            }
        }

        return problems;
    }

    public static class Names
    {
        public static string Vi(PhaseKind kind) => kind switch
        {
            PhaseKind.SelfAssessment => "Tự đánh giá",
            PhaseKind.Round1Review => "Thẩm định vòng 1",
            PhaseKind.Confirmation => "Đơn vị xác nhận, giải trình",
            PhaseKind.Round2Review => "Thẩm định vòng 2",
            PhaseKind.Approval => "Phê duyệt",
            PhaseKind.Publication => "Công bố",
        };

        public static string En(PhaseKind kind) => kind switch
        {
            PhaseKind.SelfAssessment => "Self-assessment",
            PhaseKind.Round1Review => "First-round review",
            PhaseKind.Confirmation => "Confirmation by units",
            PhaseKind.Round2Review => "Second-round review",
            PhaseKind.Approval => "Approval",
            PhaseKind.Publication => "Publication",
        };

        public static string Shown(PhaseKind kind) => L.T(Vi(kind), En(kind));
    }
}
