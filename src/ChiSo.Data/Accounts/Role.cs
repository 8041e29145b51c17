namespace ChiSo.Data.Accounts;

public enum Role
{
    Administrator,
    Organiser,
    UnitReporter,
    UnitHead,
    Reviewer,
    Leader,
}
