using LocalGov.Platform.Localization;
using Microsoft.AspNetCore.Identity;

namespace LocalGov.Identity.Users;

/// <summary>Identity's messages, saying what to do in the reader's language (Identity asks for them while it handles the request).</summary>
internal sealed class LocalGovIdentityErrors : IdentityErrorDescriber
{
    private static IdentityError Error(string code, string th, string en) => new() { Code = code, Description = new LocalizedText(th, en).Current };

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), $"รหัสผ่านต้องยาวอย่างน้อย {length} ตัวอักษร", $"The password must be at least {length} characters long.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), $"รหัสผ่านต้องมีตัวอักษรต่างกันอย่างน้อย {uniqueChars} ตัว", $"The password must use at least {uniqueChars} different characters.");
    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), $"อีเมล {email} มีบัญชีอยู่แล้ว ลองเข้าสู่ระบบหรือขอตั้งรหัสผ่านใหม่", $"{email} already has an account. Sign in, or reset the password.");
    public override IdentityError DuplicateUserName(string userName) => DuplicateEmail(userName);
    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), $"'{email}' ไม่ใช่อีเมลที่ถูกต้อง", $"'{email}' is not a valid email address.");
    public override IdentityError InvalidToken() =>
        Error(nameof(InvalidToken), "ลิงก์นี้หมดอายุหรือถูกใช้ไปแล้ว ขอลิงก์ใหม่อีกครั้ง", "This link has expired or was already used. Ask for a new one.");
    public override IdentityError PasswordMismatch() =>
        Error(nameof(PasswordMismatch), "รหัสผ่านไม่ถูกต้อง", "The password is wrong.");
    public override IdentityError UserAlreadyHasPassword() =>
        Error(nameof(UserAlreadyHasPassword), "บัญชีนี้ตั้งรหัสผ่านแล้ว เข้าสู่ระบบได้เลย", "This account already has a password; sign in.");
    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "บัญชีนี้ถูกแก้ไขพร้อมกัน กรุณาลองอีกครั้ง", "The account was changed at the same time; try again.");
}
