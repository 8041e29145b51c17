using System.Text.Json.Serialization;
using ChiSo.Data.Campaigns;

namespace ChiSo.Web.Features.Setup;

/// <summary>A campaign as the set-up API lists it, with the statuses it may move to next.</summary>
public sealed record CampaignSummary(
    int Id, string Name, int Year, string FrameworkId, string FrameworkTitle,
    string Status, IReadOnlyList<string> Next);

public sealed record CreatedCampaign(int Id);

/// <summary>A unit taking part in a campaign; <see cref="HasEntries"/> true means it can no longer be removed.</summary>
public sealed record CampaignUnitView(int UnitId, string Code, string Name, string? GroupCode, int? SubmissionId, bool HasEntries);

/// <summary>Which units to add (at least one of level, parent, group) and the framework group to place them in.</summary>
public sealed record AddUnitsRequest(
    [property: JsonConverter(typeof(JsonStringEnumConverter<UnitLevel>))] UnitLevel? Level, int? ParentId, int? GroupId, string? GroupCode);

public sealed record AddedUnits(int Added);

public sealed record PhaseRequest([property: JsonConverter(typeof(JsonStringEnumConverter<PhaseKind>))] PhaseKind Kind, DateOnly? Opens, DateOnly? Closes);

public sealed record ScheduleRequest(IReadOnlyList<PhaseRequest>? Phases);

public sealed record AssignmentRequest(string? Code, string? Lead, string? Contributing);

public sealed record ImportedAssignments(int Saved);

public sealed record ExtensionRequest(int? UnitId, DateOnly? NewDeadline, string? Reason);

/// <summary>The status to move to, by name: Draft, Open, Review, Closed or Published.</summary>
public sealed record StatusRequest(string? Status);
