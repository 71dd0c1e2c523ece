using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Web;

/// <summary>Messages people see from the platform itself, in Thai and English.</summary>
public static class PlatformMessages
{
    public static readonly LocalizedText NotFound =
        new("ไม่พบหน้าหรือข้อมูลที่ต้องการ", "The page or record you asked for does not exist.");
    public static readonly LocalizedText UnknownTenant =
        new("ไม่พบหน่วยงานนี้ในระบบ ตรวจสอบที่อยู่เว็บอีกครั้ง", "This local government is not on LocalGov. Check the address.");
    public static readonly LocalizedText TenantSuspended =
        new("บริการออนไลน์ของหน่วยงานนี้ถูกระงับชั่วคราว กรุณาติดต่อหน่วยงานโดยตรง",
            "This local government's e-services are suspended. Please contact the office directly.");
    public static readonly LocalizedText TenantMismatch =
        new("บัญชีของคุณเป็นของหน่วยงานอื่น จึงเข้าถึงหน่วยงานนี้ไม่ได้",
            "Your account belongs to another local government and cannot enter this one.");
    public static readonly LocalizedText Forbidden =
        new("คุณไม่มีสิทธิ์ทำรายการนี้", "You do not have permission to do this.");
    public static readonly LocalizedText Conflict =
        new("ข้อมูลนี้ถูกแก้ไขโดยผู้อื่นแล้ว โหลดหน้าใหม่แล้วลองอีกครั้ง",
            "Someone else changed this record first. Reload it and try again.");
    public static readonly LocalizedText TooManyRequests =
        new("มีคำขอมากเกินไป กรุณารอสักครู่แล้วลองใหม่", "Too many requests. Wait a moment and try again.");
    public static readonly LocalizedText Unexpected =
        new("เกิดข้อผิดพลาดในระบบ ข้อมูลของคุณไม่ถูกบันทึก กรุณาลองใหม่อีกครั้ง",
            "Something went wrong on our side; nothing was saved. Please try again.");
    public static readonly LocalizedText BadRequest =
        new("คำขอไม่ถูกต้อง กรุณาตรวจสอบข้อมูลแล้วลองใหม่", "The request could not be processed. Check it and try again.");

    public static readonly LocalizedText FormExpired =
        new("แบบฟอร์มหมดอายุหรือไม่ได้มาจากหน้านี้ กรุณาโหลดหน้าใหม่แล้วส่งอีกครั้ง",
            "This form has expired or did not come from this site. Reload the page and send it again.");
    public static readonly LocalizedText FormRequired =
        new("หน้านี้รับเฉพาะข้อมูลที่ส่งจากแบบฟอร์มบนเว็บไซต์ (application/x-www-form-urlencoded หรือ multipart/form-data)",
            "This page accepts only a web form (application/x-www-form-urlencoded or multipart/form-data).");
    public static readonly LocalizedText BodyUnreadable =
        new("อ่านข้อมูลที่ส่งมาไม่ได้ ข้อมูลอาจไม่ครบหรือรูปแบบไม่ถูกต้อง กรุณาโหลดหน้าใหม่แล้วส่งอีกครั้ง ข้อมูลยังไม่ถูกบันทึก",
            "What was sent could not be read: it is incomplete or malformed. Reload the page and send it again; nothing was saved.");
    public static readonly LocalizedText BodyTooLarge =
        new("ข้อมูลที่ส่งมามีขนาดหรือจำนวนช่องมากเกินกว่าที่รับได้ ข้อมูลยังไม่ถูกบันทึก",
            "What was sent is larger, or has more fields, than this page accepts; nothing was saved.");
    public static readonly LocalizedText SubmissionInProgress =
        new("แบบฟอร์มนี้กำลังถูกส่งอยู่ กรุณารอสักครู่แล้วตรวจสอบผลอีกครั้ง อย่าส่งซ้ำ",
            "This form is still being sent. Wait a moment and check the result before sending it again.");
    public static readonly LocalizedText IdempotencyKeyReused =
        new("แบบฟอร์มนี้ถูกส่งไปแล้วด้วยข้อมูลอื่น หากต้องการส่งรายการใหม่ กรุณาโหลดหน้าใหม่แล้วกรอกอีกครั้ง",
            "This form was already sent with other details. To send a new one, reload the page and fill it in again.");
    public static readonly LocalizedText IdempotencyKeyInvalid =
        new($"Idempotency-Key ยาวเกิน {Idempotency.IdempotencyMiddleware.MaxKeyLength} ตัวอักษร",
            $"The Idempotency-Key is longer than {Idempotency.IdempotencyMiddleware.MaxKeyLength} characters.");
    public static readonly LocalizedText ConflictingTenants =
        new("คำขอระบุหน่วยงานไม่ตรงกัน", "The request names two different local governments.");
}
