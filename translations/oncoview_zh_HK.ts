<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_HK">
<context>
    <name>AnalysisProvenance</name>
    <message>
        <source>Not a validated clinical model: the package says it is validated, but %1</source>
        <translation>並非經驗證的臨床模型：模型套件聲稱已通過驗證，但 %1</translation>
    </message>
    <message>
        <source>Package: %1 %2, sha256 %3</source>
        <translation>模型套件：%1 %2，sha256 %3</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>數碼簽署：%1</translation>
    </message>
    <message>
        <source>Run on %1 at %2 UTC</source>
        <translation>於 %2 UTC 在 %1 上執行</translation>
    </message>
    <message>
        <source>Slide: %1 (%2 × %3 px, %4 bytes, modified %5)</source>
        <translation>切片：%1（%2 × %3 px，%4 位元組，修改於 %5）</translation>
    </message>
    <message>
        <source>Study: %1</source>
        <translation>檢查：%1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
</context>
<context>
    <name>Measurement</name>
    <message>
        <source>no voxel centre inside</source>
        <translation>範圍內沒有體素中心</translation>
    </message>
    <message>
        <source>mean %1  sd %2
min %3  max %4
area %5 (%6 px)</source>
        <translation>平均值 %1  標準差 %2
最小值 %3  最大值 %4
面積 %5（%6 px）</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Writing the demo MRI study (DICOM)</source>
        <translation>正在寫入示範 MRI 檢查 (DICOM)</translation>
    </message>
    <message>
        <source>Writing the demo slide (40000 × 30000 pyramidal TIFF)</source>
        <translation>正在寫入示範切片（40000 × 30000 金字塔 TIFF）</translation>
    </message>
    <message>
        <source>Training the demo MRI model on synthetic phantoms</source>
        <translation>正在以合成體模訓練示範 MRI 模型</translation>
    </message>
    <message>
        <source>Breast MRI classifier</source>
        <translation>乳房 MRI 分類器</translation>
    </message>
    <message>
        <source>Malignancy (probability)</source>
        <translation>惡性（機率）</translation>
    </message>
    <message>
        <source>Response to neoadjuvant chemotherapy (pCR probability)</source>
        <translation>新輔助化療反應（pCR 機率）</translation>
    </message>
    <message>
        <source>Scanning %1 of %2 files</source>
        <translation>正在掃描 %1／%2 個檔案</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在讀取 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Training the demo chat model (a toy, not MedDr)</source>
        <translation>正在訓練示範對話模型（僅作演示，並非 MedDr）</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>µm per pixel</source>
        <translation>每像素 µm</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>物鏡倍率</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>第 %1 層</translation>
    </message>
    <message>
        <source>Cannot display: %1</source>
        <translation>無法顯示：%1</translation>
    </message>
    <message>
        <source>Slide classifier</source>
        <translation>切片分類器</translation>
    </message>
    <message>
        <source>Left breast: %1</source>
        <translation>左乳：%1</translation>
    </message>
    <message>
        <source>Right breast: %1</source>
        <translation>右乳：%1</translation>
    </message>
    <message>
        <source>No pCR estimate: the model finds no cancer in this study.</source>
        <translation>沒有 pCR 估計：模型在此檢查中未發現癌症。</translation>
    </message>
    <message>
        <source>no pCR estimate, as the model finds no cancer in this breast.</source>
        <translation>沒有 pCR 估計，因為模型在此乳房中未發現癌症。</translation>
    </message>
    <message>
        <source>not in the file: sizes are shown in pixels</source>
        <translation>檔案未提供：尺寸以像素顯示</translation>
    </message>
    <message>
        <source>Training the demo slide models on synthetic tissue</source>
        <translation>正在以合成組織訓練示範切片模型</translation>
    </message>
</context>
<context>
    <name>VolumePreset</name>
    <message>
        <source>MR default</source>
        <translation>MR 預設</translation>
    </message>
    <message>
        <source>MIP</source>
        <translation>MIP</translation>
    </message>
    <message>
        <source>DCE subtraction</source>
        <translation>DCE 減影</translation>
    </message>
    <message>
        <source>T2 soft tissue</source>
        <translation>T2 軟組織</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>OncoView diagnostic workstation (research use)</source>
        <translation>OncoView 診斷工作站（研究用途）</translation>
    </message>
    <message>
        <source>Open the built-in demo study and slide.</source>
        <translation>開啟內置的示範檢查及切片。</translation>
    </message>
    <message>
        <source>Save a PNG of the window once every view has rendered, then exit.</source>
        <translation>所有視圖渲染完成後儲存視窗的 PNG 並結束。</translation>
    </message>
    <message>
        <source>Where the demo data lives (generated on first use).</source>
        <translation>示範資料的位置（首次使用時產生）。</translation>
    </message>
    <message>
        <source>Seconds to wait for rendering before giving up.</source>
        <translation>放棄前等待渲染的秒數。</translation>
    </message>
    <message>
        <source>DICOM folders, NIfTI files or slides.</source>
        <translation>DICOM 資料夾、NIfTI 檔案或切片。</translation>
    </message>
    <message>
        <source>MRI layout at start: mpr (linked MPR + 3D) or dce (breast DCE reading).</source>
        <translation>啟動時的 MRI 版面：mpr（連動 MPR + 3D）或 dce（乳房 DCE 閱片）。</translation>
    </message>
</context>
<context>
    <name>oncoview::chat</name>
    <message>
        <source>No server address is set.</source>
        <translation>尚未設定伺服器位址。</translation>
    </message>
    <message>
        <source>"%1" is not an http:// or https:// server address.</source>
        <translation>「%1」不是 http:// 或 https:// 伺服器位址。</translation>
    </message>
    <message>
        <source>No valid server address is set.</source>
        <translation>尚未設定有效的伺服器位址。</translation>
    </message>
    <message>
        <source>Refusing to send to %1 over plain http://: the image and the API key would travel unencrypted. Use https://, a server on this computer, or allow unencrypted remote servers in the chat settings.</source>
        <translation>拒絕經未加密的 http:// 傳送至 %1：影像及 API 金鑰會以未加密方式傳輸。請使用 https://、本機上的伺服器，或在對話設定中允許未加密的遠端伺服器。</translation>
    </message>
    <message>
        <source>The server at %1 rejected the API key (HTTP %2). Set the key in the chat settings. Server said: %3</source>
        <translation>%1 的伺服器拒絕了 API 金鑰（HTTP %2）。請在對話設定中設定金鑰。伺服器回應：%3</translation>
    </message>
    <message>
        <source>The request is too large for the server at %1 (HTTP 413): the image or the conversation exceeds its upload limit. Start a new conversation or raise the server's limit. Server said: %2</source>
        <translation>請求對 %1 的伺服器而言過大（HTTP 413）：影像或對話超出其上載上限。請開始新對話或提高伺服器的上限。伺服器回應：%2</translation>
    </message>
    <message>
        <source>The server at %1 does not serve a model named "%2". Check the model name in the chat settings. Server said: %3</source>
        <translation>%1 的伺服器沒有提供名為「%2」的模型。請在對話設定中檢查模型名稱。伺服器回應：%3</translation>
    </message>
    <message>
        <source>The model "%1" at %2 cannot take images: the view was not analysed. Use a vision model (MedDr) or send the question without the view. Server said: %3</source>
        <translation>%2 上的模型「%1」無法接收影像：畫面未經分析。請使用視覺模型（MedDr），或不附畫面傳送問題。伺服器回應：%3</translation>
    </message>
    <message>
        <source>%1 has no chat endpoint at %2 (HTTP 404): the address is not an OpenAI-compatible server. Server said: %3</source>
        <translation>%1 在 %2 沒有對話端點（HTTP 404）：此位址並非 OpenAI 相容伺服器。伺服器回應：%3</translation>
    </message>
    <message>
        <source>The server at %1 answered HTTP %2: %3</source>
        <translation>%1 的伺服器回應 HTTP %2：%3</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 (connection refused). Is the chat server running, and is the address right?</source>
        <translation>%1 沒有任何服務在監聽（連線被拒）。對話伺服器是否正在執行？位址是否正確？</translation>
    </message>
    <message>
        <source>The server name "%1" cannot be found.</source>
        <translation>找不到伺服器名稱「%1」。</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>%1 的伺服器未能及時回應。</translation>
    </message>
    <message>
        <source>The connection to %1 was closed in the middle of the answer: the answer is incomplete.</source>
        <translation>與 %1 的連線在回答途中中斷：回答並不完整。</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection without answering.</source>
        <translation>%1 的伺服器未作回應便關閉了連線。</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>與 %1 通訊時發生網絡錯誤：%2</translation>
    </message>
</context>
<context>
    <name>oncoview::chat::ChatSession</name>
    <message>
        <source>Stopped by the user.</source>
        <translation>已由使用者停止。</translation>
    </message>
    <message>
        <source>The answer reached the length limit (%1 tokens) and is cut off.</source>
        <translation>回答已達長度上限（%1 個 token），已被截斷。</translation>
    </message>
    <message>
        <source>The server's content filter stopped the answer.</source>
        <translation>伺服器的內容過濾器中止了回答。</translation>
    </message>
    <message>
        <source>Not sent: %1 says it cannot take images, so it would answer without seeing the view. Choose a vision model (MedDr) in the chat settings, or untick "Attach view" to ask without the image.</source>
        <translation>未傳送：%1 表示無法接收影像，因此會在未看到畫面的情況下作答。請在對話設定中選擇視覺模型（MedDr），或取消勾選「附上畫面」以不附影像提問。</translation>
    </message>
    <message>
        <source>The server says the model accepts images.</source>
        <translation>伺服器表示此模型可接收影像。</translation>
    </message>
    <message>
        <source>The server says the model does not accept images.</source>
        <translation>伺服器表示此模型不接收影像。</translation>
    </message>
    <message>
        <source>The server does not say whether the model accepts images; if it does not, it may ignore the image.</source>
        <translation>伺服器未說明此模型是否接收影像；若不接收，可能會忽略影像。</translation>
    </message>
    <message>
        <source>Not sent: sending to %1 was not confirmed.</source>
        <translation>未傳送：未確認傳送至 %1。</translation>
    </message>
    <message>
        <source>The answer was interrupted: OncoView ended while it was streaming.</source>
        <translation>回答被中斷：OncoView 在串流途中結束。</translation>
    </message>
</context>
<context>
    <name>oncoview::chat::ConversationStore</name>
    <message>
        <source>Qt's SQLite driver (QSQLITE) is not installed, so chat history cannot be kept (Debian package libqt6sql6-sqlite).</source>
        <translation>未安裝 Qt 的 SQLite 驅動程式（QSQLITE），因此無法保存對話記錄（Debian 套件 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>Cannot open the chat history %1: %2</source>
        <translation>無法開啟對話記錄 %1：%2</translation>
    </message>
    <message>
        <source>Cannot prepare the chat history %1: %2</source>
        <translation>無法準備對話記錄 %1：%2</translation>
    </message>
    <message>
        <source>&gt; Answers come from a language model that is not a validated clinical model. No answer is a diagnosis.

</source>
        <translation>&gt; 回答來自語言模型，並非經驗證的臨床模型。任何回答均不構成診斷。

</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>attached view</source>
        <translation>附上的畫面</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>oncoview::chat::OpenAiBackend</name>
    <message>
        <source>%1 at %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>Authorization: Bearer &lt;your API key, from the system keychain&gt;
</source>
        <translation>Authorization: Bearer &lt;你的 API 金鑰，取自系統鑰匙圈&gt;
</translation>
    </message>
    <message>
        <source>A request is still running; stop it first.</source>
        <translation>仍有請求正在執行；請先停止。</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>伺服器回報錯誤：%1</translation>
    </message>
    <message>
        <source>The server at %1 answered with an empty stream.</source>
        <translation>%1 的伺服器回應了空白的串流。</translation>
    </message>
    <message>
        <source>the server's /props (llama.cpp)</source>
        <translation>伺服器的 /props（llama.cpp）</translation>
    </message>
    <message>
        <source>the server's model list (/v1/models)</source>
        <translation>伺服器的模型清單（/v1/models）</translation>
    </message>
    <message>
        <source>The server does not serve a model named "%1"; it offers: %2. Check the model name in the chat settings.</source>
        <translation>伺服器沒有提供名為「%1」的模型；可用模型：%2。請在對話設定中檢查模型名稱。</translation>
    </message>
    <message>
        <source>The server at %1 sent no answer text for %2 s; the request was stopped. The server may be overloaded or the model still loading.</source>
        <translation>%1 的伺服器在 %2 秒內沒有傳回任何回答文字，請求已停止。伺服器可能過載，或模型仍在載入。</translation>
    </message>
    <message>
        <source>The answer from %1 was still streaming after %2 min; it was stopped there. What arrived is kept.</source>
        <translation>%1 的回答在 %2 分鐘後仍在串流，已在該處停止。已收到的內容會保留。</translation>
    </message>
</context>
<context>
    <name>oncoview::chat::SecretStore</name>
    <message>
        <source>The system keychain is not available (%1).</source>
        <translation>無法使用系統鑰匙圈（%1）。</translation>
    </message>
    <message>
        <source>The API key could not be stored in the system keychain (%1); it is kept for this session only.</source>
        <translation>無法將 API 金鑰儲存於系統鑰匙圈（%1）；金鑰只會在本次工作階段保留。</translation>
    </message>
</context>
<context>
    <name>oncoview::chat::SseReader</name>
    <message>
        <source>The answer stream ended before the server said it was complete (no [DONE]): the connection was cut or the server stopped mid-answer.</source>
        <translation>回答串流在伺服器表示完成前已結束（沒有 [DONE]）：連線已中斷，或伺服器在回答途中停止。</translation>
    </message>
    <message>
        <source>The server sent a malformed stream chunk (%1): %2</source>
        <translation>伺服器傳來格式錯誤的串流區塊（%1）：%2</translation>
    </message>
    <message>
        <source>The server sent %1; the answer was stopped there.</source>
        <translation>伺服器送出了%1；回答已在該處停止。</translation>
    </message>
    <message>
        <source>more than %1 MB</source>
        <translation>超過 %1 MB 的資料</translation>
    </message>
    <message>
        <source>a line longer than %1 MB</source>
        <translation>長於 %1 MB 的一行</translation>
    </message>
    <message>
        <source>an event longer than %1 MB</source>
        <translation>長於 %1 MB 的事件</translation>
    </message>
</context>
<context>
    <name>oncoview::lower</name>
    <message>
        <source>unsupported or corrupt slide file (OpenSlide %1 does not recognise it)</source>
        <translation>不支援或已損毀的切片檔案（OpenSlide %1 無法識別）</translation>
    </message>
    <message>
        <source>corrupt or unsupported slide: %1</source>
        <translation>已損毀或不支援的切片：%1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>檔案不存在</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>不是檔案</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>沒有讀取權限</translation>
    </message>
    <message>
        <source>the slide has no readable pyramid level</source>
        <translation>切片沒有可讀取的金字塔層級</translation>
    </message>
    <message>
        <source>slide reading stopped after %1 consecutive errors; first error: %2</source>
        <translation>連續 %1 次錯誤後已停止讀取切片；首個錯誤：%2</translation>
    </message>
    <message>
        <source>out of memory for a %1 x %2 region</source>
        <translation>記憶體不足，無法讀取 %1 x %2 的區域</translation>
    </message>
    <message>
        <source>unsupported geometry type "%1"</source>
        <translation>不支援的幾何類型「%1」</translation>
    </message>
    <message>
        <source>journal belongs to another snapshot: ignored</source>
        <translation>日誌屬於另一個快照：已略過</translation>
    </message>
    <message>
        <source>last journal entry was cut off: skipped</source>
        <translation>最後一項日誌記錄不完整：已略過</translation>
    </message>
    <message>
        <source>MultiLineString split into %1 lines</source>
        <translation>MultiLineString 已拆分為 %1 條線</translation>
    </message>
    <message>
        <source>GeometryCollection split into %1 annotations</source>
        <translation>GeometryCollection 已拆分為 %1 個標註</translation>
    </message>
    <message>
        <source>the clipboard holds no annotations</source>
        <translation>剪貼簿中沒有標註</translation>
    </message>
    <message>
        <source>a polygon ring needs at least 3 vertices</source>
        <translation>多邊形的環至少需要 3 個頂點</translation>
    </message>
    <message>
        <source>a line needs at least 2 vertices</source>
        <translation>線條至少需要 2 個頂點</translation>
    </message>
    <message>
        <source>cannot open file</source>
        <translation>無法開啟檔案</translation>
    </message>
    <message>
        <source>loading cancelled</source>
        <translation>已取消載入</translation>
    </message>
    <message>
        <source>series has no image files</source>
        <translation>序列沒有影像檔案</translation>
    </message>
    <message>
        <source>phase has %1 files, expected %2</source>
        <translation>此期相有 %1 個檔案，應有 %2 個</translation>
    </message>
    <message>
        <source>frames lack Plane Orientation or Pixel Measures</source>
        <translation>影格缺少 Plane Orientation 或 Pixel Measures</translation>
    </message>
    <message>
        <source>not a NIfTI file: shorter than a NIfTI header</source>
        <translation>不是 NIfTI 檔案：比 NIfTI 標頭還短</translation>
    </message>
    <message>
        <source>not a NIfTI file: header size field is neither 348 nor 540</source>
        <translation>不是 NIfTI 檔案：標頭大小欄位既非 348 亦非 540</translation>
    </message>
    <message>
        <source>NIfTI vox_offset lies beyond the end of the file</source>
        <translation>NIfTI 的 vox_offset 超出檔案結尾</translation>
    </message>
    <message>
        <source>missing input '%1'</source>
        <translation>缺少輸入「%1」</translation>
    </message>
    <message>
        <source>input '%1' has shape %2, model expects %3</source>
        <translation>輸入「%1」的形狀為 %2，模型需要 %3</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>無法讀取 %1</translation>
    </message>
    <message>
        <source>no manifest.json in %1</source>
        <translation>%1 中沒有 manifest.json</translation>
    </message>
    <message>
        <source>%1 is not a valid JSON object</source>
        <translation>%1 不是有效的 JSON 物件</translation>
    </message>
    <message>
        <source>no model file: 'files' lists no .pt or .pt2 file</source>
        <translation>沒有模型檔案：「files」中未列出 .pt 或 .pt2 檔案</translation>
    </message>
    <message>
        <source>model file '%1' is not listed in 'files'</source>
        <translation>模型檔案「%1」未列於「files」中</translation>
    </message>
    <message>
        <source>the slide has no levels</source>
        <translation>切片沒有任何層級</translation>
    </message>
    <message>
        <source>no tissue was found on the slide (nothing to analyse)</source>
        <translation>切片上找不到組織（沒有可分析的內容）</translation>
    </message>
    <message>
        <source>the slide has no low-resolution level to find tissue on (smallest is %1 × %2 px)</source>
        <translation>切片沒有可用於尋找組織的低解像度層級（最小為 %1 × %2 像素）</translation>
    </message>
    <message>
        <source>the slide does not say how many micrometres a pixel covers (no microns-per-pixel); the model needs it to take patches at %1 µm/px: enter it to analyse this slide</source>
        <translation>切片沒有註明每個像素覆蓋多少微米（沒有 microns-per-pixel）；模型需要此值才能以 %1 µm/px 擷取影像塊：請輸入此值以分析這張切片</translation>
    </message>
    <message>
        <source>cannot open the slide for reading: %1</source>
        <translation>無法開啟切片以讀取：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>不是 JSON 物件（%1）</translation>
    </message>
    <message>
        <source>not an OncoView measurements file</source>
        <translation>不是 OncoView 測量檔案</translation>
    </message>
    <message>
        <source>written by a newer OncoView (version %1)</source>
        <translation>由較新版本的 OncoView 寫入（版本 %1）</translation>
    </message>
    <message>
        <source>more than %1 measurements</source>
        <translation>超過 %1 項測量</translation>
    </message>
    <message>
        <source>measurement %1 is malformed</source>
        <translation>第 %1 項測量格式錯誤</translation>
    </message>
</context>
<context>
    <name>oncoview::mri</name>
    <message>
        <source>no OpenGL context can be created</source>
        <translation>無法建立 OpenGL 環境</translation>
    </message>
    <message>
        <source>an OpenGL context cannot be made current</source>
        <translation>OpenGL 環境無法啟用</translation>
    </message>
    <message>
        <source>OpenGL %1.%2 is too old (3.2 is needed)</source>
        <translation>OpenGL %1.%2 版本過舊（需要 3.2）</translation>
    </message>
    <message>
        <source>The MRI views need OpenGL 3.2, and this display (Qt platform “%1”) has none: %2. Run OncoView in a desktop session with a graphics driver (Mesa works), or under “xvfb-run” on a server; check with “glxinfo -B”. Slides, annotations, the chat, MRI analysis and the command line work without it.</source>
        <translation>MRI 檢視需要 OpenGL 3.2，而此顯示（Qt 平台「%1」）沒有：%2。請在有顯示卡驅動程式（Mesa 亦可）的桌面工作階段中執行 OncoView，或在伺服器上以「xvfb-run」執行；可用「glxinfo -B」檢查。切片、標註、對話、MRI 分析及命令列毋須 OpenGL 亦可使用。</translation>
    </message>
    <message>
        <source>this Qt platform cannot show OpenGL widgets</source>
        <translation>此 Qt 平台無法顯示 OpenGL 元件</translation>
    </message>
    <message>
        <source>Axial</source>
        <translation>軸位</translation>
    </message>
    <message>
        <source>Coronal</source>
        <translation>冠狀位</translation>
    </message>
    <message>
        <source>Sagittal</source>
        <translation>矢狀位</translation>
    </message>
    <message>
        <source>Slice %1 / %2</source>
        <translation>層面 %1 / %2</translation>
    </message>
    <message>
        <source>MIP (full)</source>
        <translation>MIP（全層）</translation>
    </message>
    <message>
        <source>  MIP %1 mm</source>
        <translation>  MIP %1 毫米</translation>
    </message>
    <message>
        <source>%1 slice view</source>
        <translation>%1切面視圖</translation>
    </message>
    <message>
        <source>Up and Down (or Page Up and Page Down) move through the slices, Shift and an arrow key moves the cursor, R resets the view. D measures a distance and E an ellipse: Enter marks each end at the cursor.</source>
        <translation>上下鍵（或 Page Up、Page Down）切換層面，Shift 加方向鍵移動游標，R 重設視圖。D 量度距離，E 量度橢圓：按 Enter 在游標處標記每一端。</translation>
    </message>
    <message>
        <source>3D view</source>
        <translation>3D 視圖</translation>
    </message>
    <message>
        <source>R resets the camera and P cycles the rendering presets; drag to rotate.</source>
        <translation>R 重設鏡頭，P 循環切換渲染預設；拖曳以旋轉。</translation>
    </message>
</context>
<context>
    <name>oncoview::mri::DceLayout</name>
    <message>
        <source>Post %1 (%2)</source>
        <translation>增強後 %1（%2）</translation>
    </message>
    <message>
        <source>T2</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>No T2 series</source>
        <translation>沒有 T2 序列</translation>
    </message>
    <message>
        <source>DWI</source>
        <translation>DWI</translation>
    </message>
    <message>
        <source>DWI %1</source>
        <translation>DWI %1</translation>
    </message>
    <message>
        <source>No DWI series</source>
        <translation>沒有 DWI 序列</translation>
    </message>
    <message>
        <source>No DCE series in this study</source>
        <translation>此檢查沒有 DCE 序列</translation>
    </message>
    <message>
        <source> (motion corrected)</source>
        <translation>（已運動校正）</translation>
    </message>
    <message>
        <source>Pre-contrast%1</source>
        <translation>增強前%1</translation>
    </message>
    <message>
        <source>Post %1 (%2)%3</source>
        <translation>增強後 %1（%2）%3</translation>
    </message>
    <message>
        <source>Subtraction %1 − pre%2</source>
        <translation>減影 %1 − 增強前%2</translation>
    </message>
    <message>
        <source>Computing subtraction…</source>
        <translation>正在計算減影…</translation>
    </message>
    <message>
        <source>Computing ADC…</source>
        <translation>正在計算 ADC…</translation>
    </message>
    <message>
        <source>No ADC: %1</source>
        <translation>沒有 ADC：%1</translation>
    </message>
    <message>
        <source>ADC (mm²/s)</source>
        <translation>ADC（mm²/s）</translation>
    </message>
    <message>
        <source>Preparing the DCE phases…</source>
        <translation>正在準備 DCE 各期影像…</translation>
    </message>
    <message>
        <source>Voxel at cursor</source>
        <translation>游標所在體素</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>期相</translation>
    </message>
    <message>
        <source>Cine through the post-contrast phases</source>
        <translation>以電影模式播放各增強後期相</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>Motion correction</source>
        <translation>運動校正</translation>
    </message>
    <message>
        <source>Rigidly register every phase to the pre-contrast one (ITK, mutual information) before subtraction and kinetics; runs in the background and is cached</source>
        <translation>在減影及動力學分析前，將每一期相剛性配準至增強前影像（ITK，互資訊）；於背景執行並會快取結果</translation>
    </message>
    <message>
        <source>Subtraction</source>
        <translation>減影</translation>
    </message>
    <message>
        <source>Subtraction MIP (full)</source>
        <translation>減影 MIP（全容積）</translation>
    </message>
    <message>
        <source>Subtraction MIP (slab)</source>
        <translation>減影 MIP（薄層）</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Thin-slab MIP thickness, centred on the cursor</source>
        <translation>以游標為中心的薄層 MIP 厚度</translation>
    </message>
    <message>
        <source>Crosshair</source>
        <translation>十字線</translation>
    </message>
    <message>
        <source>Crosshair mode (C): left-click places the cursor in every panel; off: left-drag changes window/level</source>
        <translation>十字線模式 (C)：左鍵點擊在每個面板放置游標；關閉時左鍵拖曳調整窗寬／窗位</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Radius of the sphere ROI around the cursor (0: the voxel alone)</source>
        <translation>游標周圍球形 ROI 的半徑（0：僅該體素）</translation>
    </message>
    <message>
        <source>ROI radius</source>
        <translation>ROI 半徑</translation>
    </message>
    <message>
        <source>Panel 3</source>
        <translation>面板 3</translation>
    </message>
    <message>
        <source>Initial enhancement a voxel needs to be coloured in the kinetic map (breast CAD's 50/80/100 % settings)</source>
        <translation>體素在動力學圖中著色所需的初始增強程度（乳房 CAD 的 50/80/100 % 設定）</translation>
    </message>
    <message>
        <source>Enhancement threshold</source>
        <translation>增強閾值</translation>
    </message>
    <message>
        <source>Kinetic map on subtraction</source>
        <translation>在減影上顯示動力學圖</translation>
    </message>
    <message>
        <source>Colours enhancing voxels by curve type: blue persistent, yellow plateau, red wash-out</source>
        <translation>按曲線類型為增強體素著色：藍色為持續型，黃色為平台型，紅色為流出型</translation>
    </message>
    <message>
        <source>Go to strongest enhancement (%1 %)</source>
        <translation>跳至最強強化處（%1 %）</translation>
    </message>
    <message>
        <source>Plane of all six panels</source>
        <translation>六個面板的切面</translation>
    </message>
    <message>
        <source>Go to strongest enhancement</source>
        <translation>跳至最強強化處</translation>
    </message>
    <message>
        <source>Moves the cursor to where the mean initial enhancement over 3×3×3 voxels is highest (H). It can be a vessel or the heart: look before reading its curve.</source>
        <translation>將游標移至 3×3×3 體素平均初始強化最高之處（H）。該處可能是血管或心臟：閱讀其曲線前請先查看影像。</translation>
    </message>
    <message>
        <source>ROI sphere r=%1 mm (%2 voxels, %3 mm³)</source>
        <translation>球形 ROI r=%1 mm（%2 個體素，%3 mm³）</translation>
    </message>
    <message>
        <source>MIP slab</source>
        <translation>MIP 薄層</translation>
    </message>
    <message>
        <source>Post-contrast phase</source>
        <translation>增強後期相</translation>
    </message>
    <message>
        <source>Cine speed in frames per second</source>
        <translation>電影播放速度（每秒影格數）</translation>
    </message>
    <message>
        <source>Post-contrast phase shown in the post and subtraction panels (] next, [ previous)</source>
        <translation>增強後及減影面板顯示的期相（] 下一個，[ 上一個）</translation>
    </message>
</context>
<context>
    <name>oncoview::mri::DceSession</name>
    <message>
        <source>Motion correction and subtraction</source>
        <translation>運動校正及減影</translation>
    </message>
    <message>
        <source>Subtraction</source>
        <translation>減影</translation>
    </message>
    <message>
        <source>DCE preparation failed: %1</source>
        <translation>DCE 準備失敗：%1</translation>
    </message>
    <message>
        <source>Kinetic map failed: %1</source>
        <translation>動力學圖失敗：%1</translation>
    </message>
    <message>
        <source>No DWI series</source>
        <translation>沒有 DWI 序列</translation>
    </message>
</context>
<context>
    <name>oncoview::mri::KineticCurveWidget</name>
    <message>
        <source>Place the cursor on a DCE series</source>
        <translation>請將游標放在 DCE 序列上</translation>
    </message>
    <message>
        <source>Time-intensity curve, as relative enhancement (S/S0 - 1) against time.
Initial phase (peak within %1 s after the pre-contrast image): slow &lt; %2 %, medium %2-%3 %, rapid &gt; %3 %.
Delayed phase (last image against the early peak): persistent when it rises by more than %4 %, wash-out when it falls by more than %4 %, plateau in between (BI-RADS MRI lexicon, Kuhl et al. 1999).
Dashed lines: the 50/80/100 % thresholds breast CAD uses to colour the kinetic map (voxels enhancing less are not coloured).</source>
        <translation>時間-信號強度曲線，以相對增強率（S/S0 - 1）對時間繪製。
初期（增強前影像後 %1 秒內的峰值）：緩慢 &lt; %2 %，中等 %2-%3 %，快速 &gt; %3 %。
延遲期（最後影像相對早期峰值）：上升超過 %4 % 為持續型，下降超過 %4 % 為流出型，介乎兩者之間為平台型（BI-RADS MRI 詞彙，Kuhl et al. 1999）。
虛線：乳房 CAD 為動力學圖著色所用的 50/80/100 % 閾值（增強程度較低的體素不著色）。</translation>
    </message>
    <message>
        <source>%1
Initial: %2 (%3%4 %)  Delayed: %5 (%6%7 %)</source>
        <translation>%1
初期：%2（%3%4 %）  延遲期：%5（%6%7 %）</translation>
    </message>
    <message>
        <source>
Curve type: %1</source>
        <translation>
曲線類型：%1</translation>
    </message>
    <message>
        <source>
Below the %1 % enhancement threshold: not typed</source>
        <translation>
低於 %1 % 增強閾值：不分類型</translation>
    </message>
    <message>
        <source>
ROI %1 voxels, %2 enhancing: persistent %3 %, plateau %4 %, wash-out %5 %</source>
        <translation>
ROI %1 個體素，%2 個增強：持續型 %3 %，平台型 %4 %，流出型 %5 %</translation>
    </message>
    <message>
        <source>
Phase times not in the files: assumed evenly spaced</source>
        <translation>
檔案中沒有期相時間：假設為等間距</translation>
    </message>
    <message>
        <source>Time-intensity curve (enhancement %)</source>
        <translation>時間-信號強度曲線（增強 %）</translation>
    </message>
</context>
<context>
    <name>oncoview::mri::MriViewer</name>
    <message>
        <source>No series loaded</source>
        <translation>未載入序列</translation>
    </message>
    <message>
        <source>Crosshair</source>
        <translation>十字線</translation>
    </message>
    <message>
        <source>Crosshair mode (C): left-click places the cursor; off: left-drag changes window/level</source>
        <translation>十字線模式 (C)：左鍵點擊放置游標；關閉時左鍵拖曳調整窗寬／窗位</translation>
    </message>
    <message>
        <source>W/L</source>
        <translation>窗寬/窗位</translation>
    </message>
    <message>
        <source>Window/level presets (A: auto)</source>
        <translation>窗寬／窗位預設 (A：自動)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <source>Reset zoom, pan and 3D camera (R in a view)</source>
        <translation>重設縮放、平移及 3D 視角（在視圖中按 R）</translation>
    </message>
    <message>
        <source>Cannot display %1: %2</source>
        <translation>無法顯示 %1：%2</translation>
    </message>
</context>
<context>
    <name>oncoview::mri::VolumeView3D</name>
    <message>
        <source>Volume rendering preset (P cycles)</source>
        <translation>容積渲染預設（按 P 循環切換）</translation>
    </message>
</context>
<context>
    <name>oncoview::slide</name>
    <message>
        <source>The region is empty.</source>
        <translation>區域是空的。</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is larger than OncoView exports (at most %3 pixels a side and %4 megapixels): choose a coarser resolution or a smaller region.</source>
        <translation>%1 × %2 像素超出 OncoView 可匯出的大小（每邊最多 %3 像素，且不超過 %4 百萬像素）：請選擇較低的解像度或較小的區域。</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 × %2 image.</source>
        <translation>記憶體不足，無法建立 %1 × %2 的影像。</translation>
    </message>
    <message>
        <source>Reading the slide failed: %1</source>
        <translation>讀取切片失敗：%1</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>無法將 %1 重新命名為 %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: choose a .tif, .tiff or .png file name.</source>
        <translation>無法寫入 %1：請選擇 .tif、.tiff 或 .png 檔案名稱。</translation>
    </message>
</context>
<context>
    <name>oncoview::slide::AnnotationOverlay</name>
    <message>
        <source>px²</source>
        <translation>px²</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message numerus="yes">
        <source>%n selected · Area %1 %2 · Perimeter %3 %4</source>
        <translation><numerusform>已選取 %n 個 · 面積 %1 %2 · 周長 %3 %4</numerusform></translation>
    </message>
</context>
<context>
    <name>oncoview::slide::ScaleBar</name>
    <message>
        <source>%1 px (no µm/px in file)</source>
        <translation>%1 像素（檔案無 µm/像素）</translation>
    </message>
</context>
<context>
    <name>oncoview::slide::SlideView</name>
    <message>
        <source>No slide open</source>
        <translation>未開啟切片</translation>
    </message>
    <message>
        <source>Some tiles could not be read: %1</source>
        <translation>部分圖塊無法讀取：%1</translation>
    </message>
    <message>
        <source>Not enough memory for the image.</source>
        <translation>記憶體不足，無法建立影像。</translation>
    </message>
    <message>
        <source>Slide view</source>
        <translation>切片視圖</translation>
    </message>
    <message>
        <source>Arrow keys pan, + and - zoom, 1 to 6 choose a magnification (1×, 2×, 5×, 10×, 20×, 40×), Home fits the slide to the view.</source>
        <translation>方向鍵平移，+ 和 - 縮放，1 至 6 選擇放大倍率（1×、2×、5×、10×、20×、40×），Home 令切片符合視圖。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui</name>
    <message>
        <source>Left breast: </source>
        <translation>左乳：</translation>
    </message>
    <message>
        <source>Right breast: </source>
        <translation>右乳：</translation>
    </message>
    <message>
        <source>Completeness: the attributions add up to the change of the score from the baseline within %1%.</source>
        <translation>完整性：各歸因之和與分數相對基線的變化相差在 %1% 以內。</translation>
    </message>
    <message>
        <source>Deletion AUC %1 (random order %2; lower is better), insertion AUC %3 (random %4; higher is better).</source>
        <translation>刪除 AUC %1（隨機次序 %2；越低越好），插入 AUC %3（隨機 %4；越高越好）。</translation>
    </message>
    <message>
        <source>Rank correlation with the map of a model whose top layers were randomised: %1 (low means the map follows the model); repeatability: %2% difference.</source>
        <translation>與頂層權重隨機化後模型之圖的等級相關：%1（越低表示此圖跟隨模型）；可重複性：相差 %2%。</translation>
    </message>
    <message>
        <source>Check failed: %1.</source>
        <translation>檢查未通過：%1。</translation>
    </message>
    <message>
        <source>%1 of the evidence for “%2” (%3); layer: %4</source>
        <translation>「%2」（%3）證據的 %1；層：%4</translation>
    </message>
    <message>
        <source>The colours are relative attribution to the model's log-odds, not probability and not tissue properties.</source>
        <translation>顏色表示對模型對數勝算的相對歸因，並非概率，亦非組織特性。</translation>
    </message>
    <message>
        <source>The map holds no positive evidence for “%1”: it points nowhere.</source>
        <translation>此圖沒有支持「%1」的正向證據：它沒有指向任何位置。</translation>
    </message>
    <message>
        <source>Region %1 at LPS (%2, %3, %4) mm, about %5 × %6 × %7 mm, holds %8% of the map's positive evidence</source>
        <translation>區域 %1 位於 LPS (%2, %3, %4) mm，約 %5 × %6 × %7 mm，佔此圖正向證據的 %8%</translation>
    </message>
    <message>
        <source>; by sequence: %1</source>
        <translation>；按序列：%1</translation>
    </message>
    <message>
        <source>Positive evidence by sequence over the whole crop: %1.</source>
        <translation>整個裁切範圍內按序列的正向證據：%1。</translation>
    </message>
    <message>
        <source>The model gives %1% for “%2”. That is this model's output on these inputs, not a diagnosis and not a measured chance of cancer; the map shows where the model looked, not proof of a lesion.</source>
        <translation>模型給出「%2」%1%。這是此模型對這些輸入的輸出，並非診斷，亦非量度所得的癌症機率；此圖顯示模型關注的位置，並非病灶的證明。</translation>
    </message>
    <message>
        <source>Model: %1.</source>
        <translation>模型：%1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Choose a .geojson or .png file name.</source>
        <translation>請選擇 .geojson 或 .png 檔案名稱。</translation>
    </message>
    <message>
        <source>The package's inputs are fitted to its grid, not placed in patient space, so the map cannot be located on the study.</source>
        <translation>此套件的輸入是縮放至其網格，而非置於病人空間，因此無法在檢查上定位此圖。</translation>
    </message>
    <message>
        <source>Attention rollout</source>
        <translation>注意力展開（rollout）</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <source>%1 (relative)</source>
        <translation>%1（相對）</translation>
    </message>
    <message>
        <source>There is no %1 map to export yet.</source>
        <translation>尚未有可匯出的%1圖。</translation>
    </message>
    <message>
        <source>Research workstation for breast MRI and whole-slide pathology with AI assistance.</source>
        <translation>用於乳房 MRI 及全切片病理影像、附 AI 輔助的研究工作站。</translation>
    </message>
    <message>
        <source>No model package is in use.</source>
        <translation>目前沒有使用任何模型套件。</translation>
    </message>
    <message>
        <source>validated clinical model</source>
        <translation>經驗證的臨床模型</translation>
    </message>
    <message>
        <source>not a validated clinical model</source>
        <translation>並非經驗證的臨床模型</translation>
    </message>
    <message>
        <source>model file sha256</source>
        <translation>模型檔案 sha256</translation>
    </message>
    <message>
        <source>(not listed)</source>
        <translation>（未列出）</translation>
    </message>
    <message>
        <source>AI output is labelled with its model's validation status. Demonstration models are trained on synthetic data and are not for diagnosis. No output of OncoView is a diagnosis.</source>
        <translation>AI 輸出均標示其模型的驗證狀態。示範模型以合成資料訓練，不可用於診斷。OncoView 的任何輸出均不構成診斷。</translation>
    </message>
    <message>
        <source>MRI slice views (as in ITK-SNAP)</source>
        <translation>MRI 切面視圖（與 ITK-SNAP 相同）</translation>
    </message>
    <message>
        <source>Left drag</source>
        <translation>左鍵拖曳</translation>
    </message>
    <message>
        <source>Window and level</source>
        <translation>窗寬及窗位</translation>
    </message>
    <message>
        <source>Right drag</source>
        <translation>右鍵拖曳</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>縮放</translation>
    </message>
    <message>
        <source>Middle drag</source>
        <translation>中鍵拖曳</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Wheel, Up/Down</source>
        <translation>滾輪、上／下鍵</translation>
    </message>
    <message>
        <source>Next or previous slice</source>
        <translation>下一層或上一層切面</translation>
    </message>
    <message>
        <source>Page Up/Page Down</source>
        <translation>Page Up／Page Down</translation>
    </message>
    <message>
        <source>Five slices</source>
        <translation>移動五層</translation>
    </message>
    <message>
        <source>Crosshair mode: left click places the linked cursor</source>
        <translation>十字線模式：左鍵點擊放置連動游標</translation>
    </message>
    <message>
        <source>Automatic window</source>
        <translation>自動窗寬窗位</translation>
    </message>
    <message>
        <source>Reset the view</source>
        <translation>重設視圖</translation>
    </message>
    <message>
        <source>Distance tool</source>
        <translation>距離工具</translation>
    </message>
    <message>
        <source>Ellipse tool (mean, sd, area)</source>
        <translation>橢圓工具（平均值、標準差、面積）</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel the measurement being drawn, or leave the tool</source>
        <translation>取消正在繪畫的量度，或離開工具</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Remove the measurement under the mouse</source>
        <translation>移除滑鼠下的量度</translation>
    </message>
    <message>
        <source>3D view</source>
        <translation>3D 視圖</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>旋轉</translation>
    </message>
    <message>
        <source>Right drag, wheel</source>
        <translation>右鍵拖曳、滾輪</translation>
    </message>
    <message>
        <source>Next rendering preset</source>
        <translation>下一個渲染預設</translation>
    </message>
    <message>
        <source>Breast DCE layout</source>
        <translation>乳房 DCE 版面</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>點擊</translation>
    </message>
    <message>
        <source>Time–intensity curve at the point</source>
        <translation>該點的時間–強度曲線</translation>
    </message>
    <message>
        <source>Go to the strongest enhancement</source>
        <translation>前往最強增強處</translation>
    </message>
    <message>
        <source>Slides (as in QuPath)</source>
        <translation>切片（與 QuPath 相同）</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>滾輪</translation>
    </message>
    <message>
        <source>Zoom to the cursor</source>
        <translation>向游標位置縮放</translation>
    </message>
    <message>
        <source>Drag, Space+drag</source>
        <translation>拖曳、Space+拖曳</translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation>放大或縮小</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Fit the slide</source>
        <translation>整張切片置入視窗</translation>
    </message>
    <message>
        <source>1×, 2×, 5×, 10×, 20×, 40×</source>
        <translation>1×、2×、5×、10×、20×、40×</translation>
    </message>
    <message>
        <source>Slide annotations (as in QuPath)</source>
        <translation>切片標註（與 QuPath 相同）</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>選取及移動</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>點</translation>
    </message>
    <message>
        <source>Rectangle (Shift: square)</source>
        <translation>矩形（Shift：正方形）</translation>
    </message>
    <message>
        <source>Ellipse (Shift: circle)</source>
        <translation>橢圓（Shift：圓形）</translation>
    </message>
    <message>
        <source>Polygon (double-click or Enter closes)</source>
        <translation>多邊形（按兩下或 Enter 閉合）</translation>
    </message>
    <message>
        <source>Freehand</source>
        <translation>手繪</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>筆刷</translation>
    </message>
    <message>
        <source>Lock or unlock</source>
        <translation>鎖定或解鎖</translation>
    </message>
    <message>
        <source>Cancel or deselect</source>
        <translation>取消或取消選取</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>刪除所選項目</translation>
    </message>
    <message>
        <source>Menu commands</source>
        <translation>選單指令</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>沒有相符的項目。</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <source>The view is not on screen.</source>
        <translation>該視圖不在畫面上。</translation>
    </message>
    <message>
        <source>The view is too large to render at %1×.</source>
        <translation>視圖太大，無法以 %1× 渲染。</translation>
    </message>
    <message>
        <source>The MRI views need OpenGL, which is not available.</source>
        <translation>MRI 視圖需要 OpenGL，但目前無法使用。</translation>
    </message>
    <message>
        <source>Shift+Arrows</source>
        <translation>Shift+方向鍵</translation>
    </message>
    <message>
        <source>Move the linked cursor one voxel in the slice</source>
        <translation>在層面內將連動游標移動一個體素</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>In the distance or ellipse tool: mark an end at the cursor</source>
        <translation>在距離或橢圓工具中：在游標處標記一端</translation>
    </message>
    <message>
        <source>axial</source>
        <translation>軸位</translation>
    </message>
    <message>
        <source>coronal</source>
        <translation>冠狀位</translation>
    </message>
    <message>
        <source>sagittal</source>
        <translation>矢狀位</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>病人</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>病人編號</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>檢查登記號</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>檢查日期</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>%1 T</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>掃描器</translation>
    </message>
    <message>
        <source>Series shown</source>
        <translation>顯示中的序列</translation>
    </message>
    <message>
        <source>Study UID</source>
        <translation>檢查 UID</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>切片</translation>
    </message>
    <message>
        <source>Slide scanner</source>
        <translation>切片掃描器</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>物鏡倍率</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Pixel size</source>
        <translation>像素大小</translation>
    </message>
    <message>
        <source>%1 × %2 µm</source>
        <translation>%1 × %2 µm</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>測量</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Centre (LPS, mm)</source>
        <translation>中心（LPS，毫米）</translation>
    </message>
    <message>
        <source>Signal in the series shown</source>
        <translation>顯示中序列的訊號</translation>
    </message>
    <message>
        <source>Distance, %1</source>
        <translation>距離，%1</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 毫米</translation>
    </message>
    <message>
        <source>Ellipse, %1</source>
        <translation>橢圓，%1</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 毫米</translation>
    </message>
    <message numerus="yes">
        <source>mean %1 ± %2 (%3 to %4), %5 mm², %n voxel(s)</source>
        <translation><numerusform>平均 %1 ± %2（%3 至 %4），%5 平方毫米，%n 個體素</numerusform></translation>
    </message>
    <message>
        <source>Next or previous post-contrast phase</source>
        <translation>下一個或上一個增強後期相</translation>
    </message>
    <message>
        <source>The PACS answered with something that is not DICOM JSON.</source>
        <translation>PACS 的回應不是 DICOM JSON。</translation>
    </message>
    <message>
        <source>The overlay shows no label: there is nothing to store.</source>
        <translation>疊加層沒有顯示任何標籤：沒有可儲存的內容。</translation>
    </message>
    <message>
        <source>DICOM SEG</source>
        <translation>DICOM SEG</translation>
    </message>
    <message>
        <source>DICOM Parametric Map</source>
        <translation>DICOM 參數圖</translation>
    </message>
    <message>
        <source>No overlay is shown: there is nothing to store.</source>
        <translation>沒有顯示疊加層：沒有可儲存的內容。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::AnnotationDock</name>
    <message>
        <source>Annotations</source>
        <translation>標註</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>切片</translation>
    </message>
    <message numerus="yes">
        <source>The last session of this slide ended without saving. Recover its %n annotation(s), last edited %1?</source>
        <translation><numerusform>此切片上次的工作階段未儲存便已結束。要復原其 %n 個標註（最後編輯於 %1）嗎？</numerusform></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>捨棄</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面積</translation>
    </message>
    <message>
        <source>Perimeter</source>
        <translation>周長</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已鎖定</translation>
    </message>
    <message>
        <source>Tick to show a class; double-click to give it to the selection</source>
        <translation>勾選以顯示類別；按兩下可將其指派給所選項目</translation>
    </message>
    <message>
        <source>Import Annotations…</source>
        <translation>匯入標註…</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>匯入標註</translation>
    </message>
    <message>
        <source>Export Annotations as GeoJSON…</source>
        <translation>將標註匯出為 GeoJSON…</translation>
    </message>
    <message>
        <source>Export Annotations as ASAP XML…</source>
        <translation>將標註匯出為 ASAP XML…</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>匯出標註</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>無法匯入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s) from %1</source>
        <translation><numerusform>已從 %1 匯入 %n 個標註</numerusform></translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>無法匯出至 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to %1</source>
        <translation><numerusform>已將 %n 個標註匯出至 %1</numerusform></translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已鎖定</translation>
    </message>
    <message>
        <source>An import is still running; try again when it has finished.</source>
        <translation>仍有匯入正在進行；完成後再試。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在匯入 %1…</translation>
    </message>
    <message>
        <source>Not imported: %1 was chosen for another slide, which is no longer open</source>
        <translation>未匯入：%1 是為另一張已關閉的切片選擇的</translation>
    </message>
    <message>
        <source>Importing %1… %2%</source>
        <translation>正在匯入 %1… %2%</translation>
    </message>
    <message>
        <source>Annotations of the slide</source>
        <translation>切片的標註</translation>
    </message>
    <message>
        <source>Annotation classes: shown, hidden and counts</source>
        <translation>標註類別：顯示、隱藏及數量</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>面積 %1</translation>
    </message>
    <message>
        <source>Perimeter %1</source>
        <translation>周長 %1</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::AnnotationSession</name>
    <message>
        <source>The saved annotations of this slide could not be read (%1); the file was kept as %2.</source>
        <translation>無法讀取此切片已儲存的標註（%1）；檔案已保留為 %2。</translation>
    </message>
    <message>
        <source>Cannot move the annotation recovery files in %1 aside.</source>
        <translation>無法將 %1 中的標註復原檔案移往別處。</translation>
    </message>
    <message>
        <source>Annotation recovery files are unreadable: %1</source>
        <translation>無法讀取標註復原檔案：%1</translation>
    </message>
    <message>
        <source>Cannot save annotations to %1: %2</source>
        <translation>無法將標註儲存至 %1：%2</translation>
    </message>
    <message>
        <source>An older annotation recovery that was never restored or discarded was kept as %1.</source>
        <translation>一份從未復原或捨棄的較舊標註復原檔已保留為 %1。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::AnnotationToolBar</name>
    <message>
        <source>Annotation tools</source>
        <translation>標註工具</translation>
    </message>
    <message>
        <source> Class </source>
        <translation> 類別 </translation>
    </message>
    <message>
        <source>The class new annotations get</source>
        <translation>新標註所屬的類別</translation>
    </message>
    <message>
        <source> Brush </source>
        <translation> 筆刷 </translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush diameter on screen</source>
        <translation>筆刷在螢幕上的直徑</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>復原 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy the selection as GeoJSON (Ctrl+C)</source>
        <translation>將所選項目複製為 GeoJSON (Ctrl+C)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼上</translation>
    </message>
    <message>
        <source>Paste annotations (Ctrl+V)</source>
        <translation>貼上標註 (Ctrl+V)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>鎖定</translation>
    </message>
    <message>
        <source>Lock or unlock the selection (L)</source>
        <translation>鎖定或解鎖所選項目 (L)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete the selection (Delete)</source>
        <translation>刪除所選項目 (Delete)</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>選取</translation>
    </message>
    <message>
        <source>Select and move; drag a handle to edit a vertex, Alt-click removes it, double-click on an edge adds one; drag empty slide to pan</source>
        <translation>選取及移動；拖曳控點可編輯頂點，Alt+點擊可移除頂點，在邊上按兩下可新增頂點；拖曳空白切片區域可平移</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>點</translation>
    </message>
    <message>
        <source>Click to place a point</source>
        <translation>點擊以放置一點</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Drag a rectangle; Shift for a square</source>
        <translation>拖曳繪畫矩形；按住 Shift 繪畫正方形</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>橢圓</translation>
    </message>
    <message>
        <source>Drag an ellipse; Shift for a circle</source>
        <translation>拖曳繪畫橢圓；按住 Shift 繪畫圓形</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>多邊形</translation>
    </message>
    <message>
        <source>Click vertices; double-click or Enter closes, Backspace removes the last vertex, Esc cancels</source>
        <translation>逐一點擊頂點；按兩下或 Enter 閉合，Backspace 移除最後一個頂點，Esc 取消</translation>
    </message>
    <message>
        <source>Freehand</source>
        <translation>手繪</translation>
    </message>
    <message>
        <source>Drag to draw a closed outline</source>
        <translation>拖曳繪畫閉合輪廓</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>筆刷</translation>
    </message>
    <message>
        <source>Paint an area with a round brush</source>
        <translation>以圓形筆刷塗繪區域</translation>
    </message>
    <message>
        <source>Brush diameter</source>
        <translation>筆刷直徑</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::ArchivesDialog</name>
    <message>
        <source>Archives</source>
        <translation>檔案庫</translation>
    </message>
    <message>
        <source>Choose an archive by name, or type a new name to set one up.</source>
        <translation>按名稱選擇檔案庫，或輸入新名稱以設定新的檔案庫。</translation>
    </message>
    <message>
        <source>%1 is saved.</source>
        <translation>%1 已儲存。</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在測試 %1…</translation>
    </message>
    <message>
        <source>%1 answers with these settings.</source>
        <translation>%1 以這些設定回應。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::AuditLog</name>
    <message>
        <source>The audit log %1 cannot be written: %2</source>
        <translation>無法寫入審核記錄 %1：%2</translation>
    </message>
    <message>
        <source>another OncoView holds it</source>
        <translation>另一個 OncoView 正在使用</translation>
    </message>
    <message>
        <source>The audit log is missing: it held entries up to number %1.</source>
        <translation>審核記錄不見了：它原有的記項編號至 %1。</translation>
    </message>
    <message>
        <source>line %1 is not an audit entry</source>
        <translation>第 %1 行不是審核記項</translation>
    </message>
    <message>
        <source>entry %1 follows entry %2: entries were removed or inserted</source>
        <translation>記項 %1 緊接記項 %2：有記項被刪除或插入</translation>
    </message>
    <message>
        <source>entry %1 does not chain to the entry before it</source>
        <translation>記項 %1 未能連接前一個記項</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>記項 %1 在寫入後被更改</translation>
    </message>
    <message>
        <source>the log ends at entry %1, but entries up to %2 were written</source>
        <translation>記錄止於記項 %1，但曾寫入至記項 %2</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>審核記錄</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時間 (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Model SHA-256</source>
        <translation>模型 SHA-256</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端點</translation>
    </message>
    <message>
        <source>Inputs (SHA-256)</source>
        <translation>輸入 (SHA-256)</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>審核記錄記項</translation>
    </message>
    <message>
        <source>Filter: any text, e.g. failed, a user or a hash</source>
        <translation>篩選：任何文字，例如 failed、使用者或雜湊值</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>篩選審核記錄</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>解釋</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>操作類別</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>匯出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>匯出審核記錄</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style='color:#8fd18f'&gt;The chain of %n entry(s) is intact: none was changed, inserted or removed.&lt;/span&gt;</source>
        <translation><numerusform>&lt;span style='color:#8fd18f'&gt;%n 個記項的鏈完整：沒有記項被更改、插入或刪除。&lt;/span&gt;</numerusform></translation>
    </message>
    <message>
        <source>&lt;span style='color:#ff8a80'&gt;&lt;b&gt;The audit log was altered:&lt;/b&gt; %1.&lt;/span&gt;</source>
        <translation>&lt;span style='color:#ff8a80'&gt;&lt;b&gt;審核記錄曾被改動：&lt;/b&gt;%1。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::CaseReportDialog</name>
    <message>
        <source>Case Report</source>
        <translation>病例報告</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>報告預覽</translation>
    </message>
    <message>
        <source>The report's pages as they will be saved</source>
        <translation>報告頁面（與儲存的相同）</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>儲存 PDF…</translation>
    </message>
    <message>
        <source>No draft: %1</source>
        <translation>沒有草稿：%1</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>包括</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>影像：%1</translation>
    </message>
    <message numerus="yes">
        <source>Measurements (%n)</source>
        <translation><numerusform>測量（%n）</numerusform></translation>
    </message>
    <message>
        <source>Kinetic curve</source>
        <translation>動力學曲線</translation>
    </message>
    <message numerus="yes">
        <source>AI results (%n)</source>
        <translation><numerusform>人工智能結果（%n）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Explanations (%n)</source>
        <translation><numerusform>解釋（%n）</numerusform></translation>
    </message>
    <message>
        <source>Chat excerpt:</source>
        <translation>對話摘錄：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Last question and answer</source>
        <translation>最後的問題和回答</translation>
    </message>
    <message>
        <source>Whole conversation</source>
        <translation>整段對話</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>Write the findings, or let the assistant draft them from the case's data for you to review.</source>
        <translation>撰寫所見，或讓助手根據病例資料起草，供你審閱。</translation>
    </message>
    <message>
        <source>Draft with Assistant</source>
        <translation>由助手起草</translation>
    </message>
    <message>
        <source>Sends the measurements, kinetic readings and AI results (no image, no patient name or ID) to the chat's assistant</source>
        <translation>將測量、動力學判讀和人工智能結果（不含影像、病人姓名或編號）傳送給對話助手</translation>
    </message>
    <message>
        <source>Replace the findings with the assistant's draft? If drafting fails or is stopped, your text comes back.</source>
        <translation>要以助手的草稿取代所見嗎？如起草失敗或被停止，你的文字會恢復。</translation>
    </message>
    <message>
        <source>I have reviewed these findings and approve them</source>
        <translation>我已審閱並批准這些所見</translation>
    </message>
    <message>
        <source>No assistant is available.</source>
        <translation>沒有可用的助手。</translation>
    </message>
    <message>
        <source>A draft is already being written.</source>
        <translation>草稿正在撰寫中。</translation>
    </message>
    <message>
        <source>drafting the case report's findings</source>
        <translation>起草病例報告的所見</translation>
    </message>
    <message>
        <source>Not sent: sending to the assistant was not confirmed.</source>
        <translation>未傳送：未確認傳送給助手。</translation>
    </message>
    <message>
        <source>The assistant is drafting the findings…</source>
        <translation>助手正在起草所見…</translation>
    </message>
    <message>
        <source>Stop Drafting</source>
        <translation>停止起草</translation>
    </message>
    <message>
        <source>AI-drafted by %1: the report marks it so until you approve it.</source>
        <translation>由 %1 以人工智能起草：在你批准之前，報告會如此標示。</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>已由 %1 批准。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n page(s)</source>
        <translation><numerusform>預覽：%n 頁</numerusform></translation>
    </message>
    <message>
        <source>Save Case Report</source>
        <translation>儲存病例報告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The findings were drafted by the assistant and are not approved. The report will mark them "AI-drafted". Save anyway?</source>
        <translation>所見由助手起草，尚未批准。報告會標示為「人工智能起草」。仍要儲存嗎？</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::ChatDock</name>
    <message>
        <source>MedDr chat</source>
        <translation>MedDr 對話</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已複製。</translation>
    </message>
    <message>
        <source>Editing: Send replaces that question (same image) and everything after it.</source>
        <translation>編輯中：傳送後會取代該問題（同一影像）及其後的所有內容。</translation>
    </message>
    <message>
        <source>MedDr is not a validated clinical model. No answer is a diagnosis.</source>
        <translation>MedDr 並非經驗證的臨床模型。任何回答均不構成診斷。</translation>
    </message>
    <message>
        <source>Attach MRI view</source>
        <translation>附上 MRI 畫面</translation>
    </message>
    <message>
        <source>Attach slide view</source>
        <translation>附上切片畫面</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>不附影像</translation>
    </message>
    <message>
        <source>The view's rendered pixels are attached to each question (448×448); never DICOM headers or patient identifiers.</source>
        <translation>每個問題都會附上畫面的已渲染像素（448×448）；絕不包括 DICOM 標頭或病人識別資料。</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Ask about the image on screen (Enter sends, Shift+Enter: new line)</source>
        <translation>查詢畫面上的影像（Enter 傳送，Shift+Enter：換行）</translation>
    </message>
    <message>
        <source>Server…</source>
        <translation>伺服器…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Save this conversation as Markdown (images as PNG files beside it)</source>
        <translation>將此對話儲存為 Markdown（影像另存為同一位置的 PNG 檔案）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>General conversation (no study or slide open)</source>
        <translation>一般對話（未開啟檢查或切片）</translation>
    </message>
    <message>
        <source>Conversation about %1</source>
        <translation>關於 %1 的對話</translation>
    </message>
    <message>
        <source>No chat server set: press Server… to connect to MedDr.</source>
        <translation>尚未設定對話伺服器：按「伺服器…」連接 MedDr。</translation>
    </message>
    <message>
        <source>That view shows nothing yet; the question goes without an image.</source>
        <translation>該畫面尚未顯示任何內容；問題將不附影像傳送。</translation>
    </message>
    <message>
        <source>%1 — %2 tokens/s, first token after %3 s</source>
        <translation>%1 — %2 token/秒，首個 token 用時 %3 秒</translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation>正在等待 %1…</translation>
    </message>
    <message>
        <source>Chat history is not stored on this computer, so there is nothing to export.</source>
        <translation>此電腦沒有儲存對話記錄，因此沒有可匯出的內容。</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>匯出對話</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Nothing has been sent yet: read the question, edit it if you like, and press Send.</source>
        <translation>尚未傳送任何內容：請閱讀問題，如有需要可修改，然後按「傳送」。</translation>
    </message>
    <message>
        <source>Conversation with MedDr</source>
        <translation>與 MedDr 的對話</translation>
    </message>
    <message>
        <source>Question for MedDr (Enter sends)</source>
        <translation>向 MedDr 提問（Enter 傳送）</translation>
    </message>
    <message>
        <source>No chat server is set: choose one with Server… in the chat panel.</source>
        <translation>尚未設定對話伺服器：請在對話面板中以「伺服器…」選擇。</translation>
    </message>
    <message>
        <source>The assistant is busy with another answer; try again when it has finished.</source>
        <translation>助手正忙於另一個回答；完成後請再試。</translation>
    </message>
    <message>
        <source>The assistant is working on: %1</source>
        <translation>助手正在處理：%1</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::ChatSendPreviewDialog</name>
    <message>
        <source>First message to %1</source>
        <translation>首次傳送至 %1 的訊息</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is exactly what will be sent to %1.&lt;/b&gt; No DICOM header, file name or patient identifier is included: only the rendered pixels below and the text of the request. You are asked once per server.</source>
        <translation>&lt;b&gt;以下正是將傳送至 %1 的內容。&lt;/b&gt;不包括任何 DICOM 標頭、檔案名稱或病人識別資料：只有下方的已渲染像素及請求文字。每個伺服器只會詢問一次。</translation>
    </message>
    <message>
        <source>%1×%2 PNG, %3 KB</source>
        <translation>%1×%2 PNG，%3 KB</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::ChatSettingsDialog</name>
    <message>
        <source>Allow unencrypted http:// to servers on other computers</source>
        <translation>允許以未加密的 http:// 連接其他電腦上的伺服器</translation>
    </message>
    <message>
        <source>Answer with a local model on this computer instead</source>
        <translation>改用此電腦上的本機模型回答</translation>
    </message>
    <message>
        <source>MedDr chat server</source>
        <translation>MedDr 對話伺服器</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>儲存於系統鑰匙圈</translation>
    </message>
    <message>
        <source>causal LM package folder, e.g. …/models/tinylm-demo</source>
        <translation>因果語言模型套件資料夾，例如 …/models/tinylm-demo</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>伺服器位址：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 金鑰：</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>系統提示：</translation>
    </message>
    <message>
        <source>Max answer tokens:</source>
        <translation>回答 token 上限：</translation>
    </message>
    <message>
        <source>Local package:</source>
        <translation>本機套件：</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server: LMDeploy &lt;code&gt;api_server&lt;/code&gt; (recommended for MedDr), vLLM, llama.cpp &lt;code&gt;llama-server&lt;/code&gt;, Ollama. Only the rendered view and your text are sent.</source>
        <translation>任何 OpenAI 相容伺服器：LMDeploy &lt;code&gt;api_server&lt;/code&gt;（建議用於 MedDr）、vLLM、llama.cpp &lt;code&gt;llama-server&lt;/code&gt;、Ollama。只會傳送已渲染的畫面及你輸入的文字。</translation>
    </message>
    <message>
        <source>Enter the folder of a local causal LM package.</source>
        <translation>請輸入本機因果語言模型套件的資料夾。</translation>
    </message>
    <message>
        <source>Enter the model name the server serves (e.g. meddr).</source>
        <translation>請輸入伺服器提供的模型名稱（例如 meddr）。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::ChatTranscriptView</name>
    <message>
        <source>&lt;b style='color:#7fb3ff'&gt;You&lt;/b&gt;</source>
        <translation>&lt;b style='color:#7fb3ff'&gt;你&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style='color:#9be09b'&gt;MedDr&lt;/b&gt;</source>
        <translation>&lt;b style='color:#9be09b'&gt;MedDr&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>attached view</source>
        <translation>附上的畫面</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/秒</translation>
    </message>
    <message>
        <source>[image not shown: %1]</source>
        <translation>[未顯示圖片：%1]</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::DemoController</name>
    <message>
        <source>Demo preparation stopped.</source>
        <translation>示範資料準備已停止。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::DerivedOverlay</name>
    <message>
        <source>Segmentation (DICOM SEG)</source>
        <translation>分割（DICOM SEG）</translation>
    </message>
    <message>
        <source>Parametric map</source>
        <translation>參數圖</translation>
    </message>
    <message>
        <source>Parametric map: %1</source>
        <translation>參數圖：%1</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::DicomWebClient</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>The PACS did not answer with a multipart series.</source>
        <translation>PACS 沒有以多部分序列回應。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>The PACS ended the series early, after %n instance(s).</source>
        <translation><numerusform>PACS 在 %n 個實例後提早結束了序列。</numerusform></translation>
    </message>
    <message>
        <source>The PACS at %1 refused the credentials (HTTP %2): check the user name and password or token.</source>
        <translation>位於 %1 的 PACS 拒絕了憑證（HTTP %2）：請檢查使用者名稱和密碼或權杖。</translation>
    </message>
    <message>
        <source>Cannot reach the PACS at %1: the connection was refused (is the server running, and is the port right?).</source>
        <translation>無法連接位於 %1 的 PACS：連線被拒絕（伺服器是否正在運行？連接埠是否正確？）。</translation>
    </message>
    <message>
        <source>Cannot reach the PACS at %1: the host name is not known.</source>
        <translation>無法連接位於 %1 的 PACS：主機名稱不明。</translation>
    </message>
    <message>
        <source>The PACS at %1 did not answer in time.</source>
        <translation>位於 %1 的 PACS 未能及時回應。</translation>
    </message>
    <message>
        <source>Cannot reach the PACS at %1: %2</source>
        <translation>無法連接位於 %1 的 PACS：%2</translation>
    </message>
    <message>
        <source>The PACS at %1 answered HTTP %2 %3.</source>
        <translation>位於 %1 的 PACS 回應 HTTP %2 %3。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>The PACS refused %1 of the %n instance(s) sent.</source>
        <translation><numerusform>PACS 拒絕了所傳送 %n 個實例中的 %1 個。</numerusform></translation>
    </message>
    <message>
        <source>The PACS at %1 has a certificate that cannot be trusted (%2). If your hospital signs its servers' certificates itself, give its certificate authority in the archive's settings.</source>
        <translation>%1 的 PACS 證書不可信（%2）。如果您的醫院自行簽發伺服器證書，請在檔案庫設定中提供其證書機構。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::ExplanationComparison</name>
    <message>
        <source>Explanations side by side</source>
        <translation>並排比較解釋</translation>
    </message>
    <message>
        <source>Axial</source>
        <translation>軸位</translation>
    </message>
    <message>
        <source>Coronal</source>
        <translation>冠狀位</translation>
    </message>
    <message>
        <source>Sagittal</source>
        <translation>矢狀位</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>平面</translation>
    </message>
    <message>
        <source>Method of the right map</source>
        <translation>右圖的方法</translation>
    </message>
    <message>
        <source>The method that explains the same result in the right pane</source>
        <translation>在右側窗格解釋同一結果的方法</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>右：</translation>
    </message>
    <message>
        <source>No study</source>
        <translation>沒有檢查</translation>
    </message>
    <message>
        <source>Analyze the study first.</source>
        <translation>請先分析檢查。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>No map</source>
        <translation>沒有圖</translation>
    </message>
    <message>
        <source>checks passed</source>
        <translation>檢查通過</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) flagged: %1</source>
        <translation><numerusform>%n 項檢查被標示：%1</numerusform></translation>
    </message>
</context>
<context>
    <name>oncoview::ui::ExplanationLayer</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>relative attribution, not probability</source>
        <translation>相對歸因，並非概率</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::ExplanationsDock</name>
    <message>
        <source>Explanations</source>
        <translation>解釋</translation>
    </message>
    <message>
        <source>&lt;p&gt;AI results and the reasons behind them appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;人工智能結果及其理由會在此顯示。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Running on the inference engine&amp;hellip;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;正在推理引擎上執行&amp;hellip;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style='color:#ffd98a'&gt;&lt;b&gt;Not a validated clinical model.&lt;/b&gt; Output is for demonstration and must not be used for diagnosis.&lt;/p&gt;</source>
        <translation>&lt;p style='color:#ffd98a'&gt;&lt;b&gt;並非經驗證的臨床模型。&lt;/b&gt;輸出僅供示範，不得用於診斷。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Intended use: %1&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;預期用途：%1&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Contribution of each input&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;各輸入的貢獻&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;原因&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;%1 s on %2&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;%1 秒，於 %2&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p style='color:#e08080'&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p style='color:#e08080'&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Shapley value of each sequence&lt;/b&gt; (points of %1 probability; masking all gives the baseline)&lt;/p&gt;&lt;table&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;各序列的 Shapley 值&lt;/b&gt;（%1 機率的百分點；全部遮蔽時為基線）&lt;/p&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Provenance&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;來源追溯&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Checks of the map&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;此圖的檢查&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;</translation>
    </message>
    <message>
        <source>AI results and their explanations</source>
        <translation>人工智能結果及其解釋</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::FindingsDrafter</name>
    <message>
        <source>Drafting was stopped.</source>
        <translation>起草已停止。</translation>
    </message>
    <message>
        <source>The assistant returned no text.</source>
        <translation>助手沒有返回任何文字。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::InferenceQueueDock</name>
    <message>
        <source>Inference queue</source>
        <translation>推理佇列</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排隊中</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation>完成，用時 %1 秒</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Inference jobs</source>
        <translation>推理工作</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::InferenceService</name>
    <message>
        <source>AI engine: idle</source>
        <translation>AI 引擎：閒置</translation>
    </message>
    <message>
        <source>Chat with %1</source>
        <translation>與 %1 對話</translation>
    </message>
    <message>
        <source>AI engine: loading %1</source>
        <translation>AI 引擎：正在載入 %1</translation>
    </message>
    <message>
        <source>AI engine: running job %1 (%2 queued)</source>
        <translation>AI 引擎：正在執行工作 %1（%2 個排隊中）</translation>
    </message>
    <message>
        <source>AI engine: running job %1</source>
        <translation>AI 引擎：正在執行工作 %1</translation>
    </message>
    <message>
        <source>AI engine: error — %1</source>
        <translation>AI 引擎：錯誤 — %1</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>OncoView will be shown in %1 from its next start.</source>
        <translation>OncoView 下次啟動時將以%1顯示。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>立即重新啟動</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::LocalChatBackend</name>
    <message>
        <source>%1 (local, on this computer)</source>
        <translation>%1（本機，於此電腦上）</translation>
    </message>
    <message>
        <source>The local model is still answering.</source>
        <translation>本機模型仍在回答中。</translation>
    </message>
    <message>
        <source>No local chat model is chosen. Pick a package folder in the chat settings.</source>
        <translation>尚未選擇本機對話模型。請在對話設定中選擇套件資料夾。</translation>
    </message>
    <message>
        <source>The local model failed: %1</source>
        <translation>本機模型失敗：%1</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::MainWindow</name>
    <message>
        <source>Breast MRI — no study open</source>
        <translation>乳房 MRI — 未開啟檢查</translation>
    </message>
    <message>
        <source>Pathology slide — no slide open</source>
        <translation>病理切片 — 未開啟切片</translation>
    </message>
    <message>
        <source>OncoView</source>
        <translation>OncoView</translation>
    </message>
    <message>
        <source>Cannot open study</source>
        <translation>無法開啟檢查</translation>
    </message>
    <message>
        <source>Study loading cancelled</source>
        <translation>已取消載入檢查</translation>
    </message>
    <message>
        <source>Cannot prepare the demo</source>
        <translation>無法準備示範資料</translation>
    </message>
    <message>
        <source>Slide viewport</source>
        <translation>切片視窗</translation>
    </message>
    <message>
        <source>Selected region of the slide (%1)</source>
        <translation>切片的選取區域（%1）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Study Folder…</source>
        <translation>開啟檢查資料夾(&amp;S)…</translation>
    </message>
    <message>
        <source>Open DICOM study folder</source>
        <translation>開啟 DICOM 檢查資料夾</translation>
    </message>
    <message>
        <source>Open Study &amp;File…</source>
        <translation>開啟檢查檔案(&amp;F)…</translation>
    </message>
    <message>
        <source>Open NIfTI or DICOM file</source>
        <translation>開啟 NIfTI 或 DICOM 檔案</translation>
    </message>
    <message>
        <source>Images (*.nii *.nii.gz *.dcm);;All files (*)</source>
        <translation>影像 (*.nii *.nii.gz *.dcm);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open S&amp;lide…</source>
        <translation>開啟切片(&amp;L)…</translation>
    </message>
    <message>
        <source>Open whole-slide image</source>
        <translation>開啟全切片影像</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Demo Study and Slide</source>
        <translation>開啟示範檢查及切片(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Breast &amp;DCE Layout</source>
        <translation>乳房 DCE 版面(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Pre, post, subtraction, T2, DWI and ADC panels through one cursor, with kinetics; off: linked MPR and 3D</source>
        <translation>以同一游標連動增強前、增強後、減影、T2、DWI 及 ADC 面板，並附動力學分析；關閉時：連動 MPR 及 3D</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About OncoView</source>
        <translation>關於 OncoView(&amp;A)</translation>
    </message>
    <message>
        <source>About OncoView</source>
        <translation>關於 OncoView</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>正在開啟 %1</translation>
    </message>
    <message>
        <source>Opening slide %1…</source>
        <translation>正在開啟切片 %1…</translation>
    </message>
    <message>
        <source>Cannot open slide</source>
        <translation>無法開啟切片</translation>
    </message>
    <message>
        <source>Preparing demo data</source>
        <translation>正在準備示範資料</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read; see the Series panel</source>
        <translation><numerusform>%n 個檔案無法讀取；請查看序列面板</numerusform></translation>
    </message>
    <message>
        <source> — phase %1 of %2 (%3)</source>
        <translation> — 第 %1／%2 期（%3）</translation>
    </message>
    <message>
        <source>Breast MRI — %1 — %2</source>
        <translation>乳房 MRI — %1 — %2</translation>
    </message>
    <message>
        <source>Pathology slide — %1</source>
        <translation>病理切片 — %1</translation>
    </message>
    <message>
        <source>MRI %1 view</source>
        <translation>MRI %1 視圖</translation>
    </message>
    <message>
        <source>MRI %1 view: %2</source>
        <translation>MRI %1 視圖：%2</translation>
    </message>
    <message>
        <source>A&amp;nalyze</source>
        <translation>分析(&amp;N)</translation>
    </message>
    <message>
        <source>Analyze S&amp;tudy</source>
        <translation>分析檢查(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+A</source>
        <translation>Ctrl+Alt+A</translation>
    </message>
    <message>
        <source>Run the breast MRI model on the open study</source>
        <translation>以乳房 MRI 模型分析已開啟的檢查</translation>
    </message>
    <message>
        <source>Study &amp;Inputs…</source>
        <translation>檢查的輸入序列(&amp;I)…</translation>
    </message>
    <message>
        <source>Open a study and choose an MRI model first</source>
        <translation>請先開啟檢查並選擇 MRI 模型</translation>
    </message>
    <message>
        <source>&amp;Cancel Slide Analysis</source>
        <translation>取消切片分析(&amp;C)</translation>
    </message>
    <message>
        <source>Breast MRI classifier</source>
        <translation>乳房 MRI 分類器</translation>
    </message>
    <message>
        <source>No model has run on this study. Analyze ▸ Analyze Study (%1) runs %2 on it.</source>
        <translation>此檢查尚未執行任何模型。「分析 ▸ 分析檢查」（%1）會以 %2 分析此檢查。</translation>
    </message>
    <message>
        <source>No breast MRI model package is installed (AI menu).</source>
        <translation>尚未安裝乳房 MRI 模型套件（AI 選單）。</translation>
    </message>
    <message>
        <source>Open a study first</source>
        <translation>請先開啟檢查</translation>
    </message>
    <message>
        <source>Open a slide first</source>
        <translation>請先開啟切片</translation>
    </message>
    <message>
        <source>Slide resolution</source>
        <translation>切片解像度</translation>
    </message>
    <message>
        <source>Micrometres per pixel at full resolution (e.g. 0.25 at 40×, 0.5 at 20×):</source>
        <translation>全解像度下每像素的微米數（例如 40× 時為 0.25，20× 時為 0.5）：</translation>
    </message>
    <message>
        <source>Slide classifier</source>
        <translation>切片分類器</translation>
    </message>
    <message>
        <source>No model has run on this slide. Analyze ▸ Analyze Slide (%1) runs %2 on it.</source>
        <translation>此切片尚未執行任何模型。「分析 ▸ 分析切片」（%1）會以 %2 分析此切片。</translation>
    </message>
    <message>
        <source>No slide model package is installed (AI menu).</source>
        <translation>尚未安裝切片模型套件（AI 選單）。</translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation>匯出結果(&amp;E)…</translation>
    </message>
    <message>
        <source>No analysis result to export yet</source>
        <translation>尚未有可匯出的分析結果</translation>
    </message>
    <message>
        <source>Export analysis results</source>
        <translation>匯出分析結果</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot export results</source>
        <translation>無法匯出結果</translation>
    </message>
    <message>
        <source>Results saved to %1</source>
        <translation>結果已儲存至 %1</translation>
    </message>
    <message>
        <source>Read DCE Phases Stored as Separate Series as &amp;One</source>
        <translation>將分開儲存的 DCE 時相讀作一個序列(&amp;O)</translation>
    </message>
    <message>
        <source>The map has no positive evidence to go to.</source>
        <translation>此圖沒有可前往的正向證據。</translation>
    </message>
    <message>
        <source>Export explanation map</source>
        <translation>匯出解釋圖</translation>
    </message>
    <message>
        <source>NIfTI (*.nii.gz *.nii)</source>
        <translation>NIfTI (*.nii.gz *.nii)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>There is no explanation map to export yet.</source>
        <translation>尚無可匯出的解釋圖。</translation>
    </message>
    <message>
        <source>A specialist breast-MRI model (%1) produced this result on the study on screen. It is not a diagnosis.</source>
        <translation>專科乳房 MRI 模型（%1）對畫面上的檢查得出此結果。這並非診斷。</translation>
    </message>
    <message>
        <source>Its explanation (%1):</source>
        <translation>其解釋（%1）：</translation>
    </message>
    <message>
        <source>The attached image is the MRI view with the explanation map over it.</source>
        <translation>附上的影像是疊加了解釋圖的 MRI 視圖。</translation>
    </message>
    <message>
        <source>Question: what do these findings and the highlighted regions suggest, how far should they be trusted, and what should a radiologist check next?</source>
        <translation>問題：這些結果及標示的區域提示甚麼？應在多大程度上信任它們？放射科醫生下一步應檢查甚麼？</translation>
    </message>
    <message>
        <source>Analyze the study first: there is no map to compare.</source>
        <translation>請先分析檢查：沒有可比較的圖。</translation>
    </message>
    <message>
        <source>Explanations side by side</source>
        <translation>並排比較解釋</translation>
    </message>
    <message>
        <source>Not reopened, no longer there: %1</source>
        <translation>未重新開啟，已不存在：%1</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>工作區(&amp;W)</translation>
    </message>
    <message>
        <source>Not opened (one study and one slide at a time, or no longer there): %1</source>
        <translation>未開啟（每次只開一個檢查及一張切片，或檔案已不存在）：%1</translation>
    </message>
    <message>
        <source>Annotations need their slide: open the slide, then drop %1 again.</source>
        <translation>標註需要其切片：請先開啟切片，再拖放 %1。</translation>
    </message>
    <message>
        <source>Some dropped files were not opened</source>
        <translation>部分拖放的檔案未有開啟</translation>
    </message>
    <message>
        <source>&amp;Keyboard and Mouse…</source>
        <translation>鍵盤及滑鼠(&amp;K)…</translation>
    </message>
    <message>
        <source>Breast MRI model</source>
        <translation>乳房 MRI 模型</translation>
    </message>
    <message>
        <source>Slide model</source>
        <translation>切片模型</translation>
    </message>
    <message>
        <source>Slides (%1);;All files (*)</source>
        <translation>切片 (%1);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Save &amp;View Image…</source>
        <translation>儲存視圖影像(&amp;V)…</translation>
    </message>
    <message>
        <source>Open a study or a slide first.</source>
        <translation>請先開啟檢查或切片。</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>The view last clicked, as PNG at screen or twice its resolution</source>
        <translation>最後點選的視圖，以螢幕或兩倍解像度儲存為 PNG</translation>
    </message>
    <message>
        <source>&amp;Copy View Image</source>
        <translation>複製視圖影像(&amp;C)</translation>
    </message>
    <message>
        <source>%1 copied as an image</source>
        <translation>已將%1複製為影像</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Export Slide &amp;Region…</source>
        <translation>匯出切片區域(&amp;R)…</translation>
    </message>
    <message>
        <source>The selected annotation's region or the view's, as TIFF or PNG at a chosen µm/px</source>
        <translation>所選標註或視圖的區域，以指定的 µm/px 匯出為 TIFF 或 PNG</translation>
    </message>
    <message>
        <source>Region export cancelled</source>
        <translation>已取消匯出區域</translation>
    </message>
    <message>
        <source>Region written to %1</source>
        <translation>區域已寫入 %1</translation>
    </message>
    <message>
        <source>Slide view %1</source>
        <translation>切片視圖 %1</translation>
    </message>
    <message>
        <source>%1 view</source>
        <translation>%1視圖</translation>
    </message>
    <message>
        <source>%1 view: %2</source>
        <translation>%1視圖：%2</translation>
    </message>
    <message>
        <source>3D view</source>
        <translation>3D 視圖</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>測量</translation>
    </message>
    <message>
        <source>Export &amp;Measurements as CSV…</source>
        <translation>將測量匯出為 CSV(&amp;M)…</translation>
    </message>
    <message>
        <source>No measurements yet: press D (distance) or E (ellipse) in an MRI view.</source>
        <translation>尚未有測量：在 MRI 視圖中按 D（距離）或 E（橢圓）。</translation>
    </message>
    <message>
        <source>Export Measurements</source>
        <translation>匯出測量</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Measurements written to %1</source>
        <translation>測量已寫入 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Audit &amp;Log…</source>
        <translation>審核記錄(&amp;L)…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>審核記錄</translation>
    </message>
    <message>
        <source>Case &amp;Report…</source>
        <translation>病例報告(&amp;R)…</translation>
    </message>
    <message>
        <source>A PDF of the case: views, measurements, kinetics, AI results with their caveats, explanations and findings</source>
        <translation>病例的 PDF：視圖、測量、動力學、附注意事項的人工智能結果、解釋及所見</translation>
    </message>
    <message>
        <source>Case report written to %1</source>
        <translation>病例報告已寫入 %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>The inference device, threads and language change at the next start.</source>
        <translation>推理裝置、執行緒和語言會在下次啟動時更改。</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>立即重新啟動</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
    <message>
        <source>Ask &amp;MedDr</source>
        <translation>詢問 MedDr(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>The chat panel, with the keyboard in its question box</source>
        <translation>對話面板，鍵盤焦點位於提問框</translation>
    </message>
    <message>
        <source>Open from &amp;PACS…</source>
        <translation>從 PACS 開啟(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Send View to PACS as &amp;Key Image…</source>
        <translation>將視圖作為關鍵影像傳送至 PACS(&amp;K)…</translation>
    </message>
    <message>
        <source>The MRI view last clicked, as a DICOM Secondary Capture in its study</source>
        <translation>最後點選的 MRI 視圖，以 DICOM 二次擷取影像存入其檢查</translation>
    </message>
    <message>
        <source>Key image stored in the archive</source>
        <translation>關鍵影像已存入影像庫</translation>
    </message>
    <message>
        <source>Send View to PACS</source>
        <translation>將視圖傳送至 PACS</translation>
    </message>
    <message>
        <source>Click an MRI view of a DICOM study first: the key image goes into that study.</source>
        <translation>請先點選 DICOM 檢查的 MRI 視圖：關鍵影像會存入該檢查。</translation>
    </message>
    <message>
        <source>No archive yet: search one with File ▸ Open from PACS first.</source>
        <translation>尚未有影像庫：請先以「檔案 ▸ 從 PACS 開啟」搜尋。</translation>
    </message>
    <message>
        <source>Store the %1, as shown with its labels and overlays, in this study on %2? Every viewer of the archive will list it as a new series.</source>
        <translation>要將%1（連同標籤和疊加層，與顯示的相同）存入 %2 上的此檢查嗎？影像庫的所有檢視器都會把它列為新序列。</translation>
    </message>
    <message>
        <source>Save Overlay as DICOM…</source>
        <translation>將疊加層儲存為 DICOM…</translation>
    </message>
    <message>
        <source>Save Overlay as DICOM</source>
        <translation>將疊加層儲存為 DICOM</translation>
    </message>
    <message>
        <source>Save Overlay as %1</source>
        <translation>將疊加層儲存為 %1</translation>
    </message>
    <message>
        <source>DICOM (*.dcm)</source>
        <translation>DICOM (*.dcm)</translation>
    </message>
    <message>
        <source>The overlay of the MRI view last clicked as a DICOM SEG (label maps) or Parametric Map (heatmaps) that Slicer and OHIF overlay on its series</source>
        <translation>最後點選的 MRI 視圖的疊加層，儲存為 DICOM SEG（標籤圖）或參數圖（熱圖），Slicer 及 OHIF 會把它疊加在其序列上</translation>
    </message>
    <message>
        <source>Send Overlay to PACS…</source>
        <translation>將疊加層傳送至 PACS…</translation>
    </message>
    <message>
        <source>The overlay as a DICOM SEG or Parametric Map, stored in its study on the archive last used</source>
        <translation>疊加層以 DICOM SEG 或參數圖形式，儲存於最後使用的影像庫中其所屬的檢查</translation>
    </message>
    <message>
        <source>Overlay stored as DICOM</source>
        <translation>疊加層已儲存為 DICOM</translation>
    </message>
    <message>
        <source>Overlay as DICOM</source>
        <translation>疊加層轉為 DICOM</translation>
    </message>
    <message>
        <source>Show an overlay on the MRI first (a kinetic map, a segmentation, an enhancement or explanation map), and click its view.</source>
        <translation>請先在 MRI 上顯示疊加層（動力學圖、分割、增強圖或解釋圖），並點選其視圖。</translation>
    </message>
    <message>
        <source>The series under the overlay is not known.</source>
        <translation>不知道疊加層下方的序列。</translation>
    </message>
    <message>
        <source>Writing the overlay as %1…</source>
        <translation>正在將疊加層寫入為 %1…</translation>
    </message>
    <message>
        <source>Send Overlay to PACS</source>
        <translation>將疊加層傳送至 PACS</translation>
    </message>
    <message>
        <source>Store “%1” as a %2 over the series “%3” in this study on %4? Every viewer of the archive will list it as a new series. It is a computed result, not a diagnosis.</source>
        <translation>要將「%1」以 %2 形式，疊加於序列「%3」，儲存在 %4 上的這項檢查中嗎？影像庫的所有檢視器都會把它列為新序列。這是計算結果，並非診斷。</translation>
    </message>
    <message>
        <source>Search an archive (DICOMweb or DIMSE) and open a series from it</source>
        <translation>搜尋影像庫（DICOMweb 或 DIMSE）並從中開啟序列</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>正在傳送至 %1…</translation>
    </message>
    <message>
        <source>Showing phase 1 of %1 while the rest arrives from the archive</source>
        <translation>正在顯示第 1 期（共 %1 期），其餘影像仍在從檔案庫傳來</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::MeasurementSidecar</name>
    <message>
        <source>it is larger than %1 MB</source>
        <translation>檔案大於 %1 MB</translation>
    </message>
    <message>
        <source>it belongs to another study</source>
        <translation>它屬於另一項檢查</translation>
    </message>
    <message>
        <source>The saved measurements of this study could not be read (%1); the file was kept as %2.</source>
        <translation>無法讀取此檢查已儲存的測量（%1）；該檔案已保留為 %2。</translation>
    </message>
    <message>
        <source>The measurements could not be saved to %1: %2</source>
        <translation>無法將測量儲存至 %1：%2</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::ModelMenu</name>
    <message>
        <source>&amp;AI</source>
        <translation>AI(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add Model Package Folder…</source>
        <translation>加入模型套件資料夾(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Model Packages…</source>
        <translation>模型套件(&amp;M)…</translation>
    </message>
    <message>
        <source>Add a model package, or a folder of packages</source>
        <translation>加入模型套件，或包含多個套件的資料夾</translation>
    </message>
    <message>
        <source>&lt;p&gt;Packages are verified (file hashes, a dry run) when first used.&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;套件會在首次使用時驗證（檔案雜湊值及試運行）。&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: &lt;span style='color:#e08080'&gt;%2&lt;/span&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1：&lt;span style='color:#e08080'&gt;%2&lt;/span&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1 %2&lt;/b&gt; — %3&lt;br&gt;&lt;small&gt;%4&lt;/small&gt;&lt;br&gt;%5&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1 %2&lt;/b&gt; — %3&lt;br&gt;&lt;small&gt;%4&lt;/small&gt;&lt;br&gt;%5&lt;/li&gt;</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>已驗證</translation>
    </message>
    <message>
        <source>&lt;b&gt;not a validated clinical model&lt;/b&gt;</source>
        <translation>&lt;b&gt;並非經驗證的臨床模型&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;No model packages found.&lt;/li&gt;</source>
        <translation>&lt;li&gt;找不到模型套件。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Model packages</source>
        <translation>模型套件</translation>
    </message>
    <message>
        <source>Inference &amp;Threads (applies after restart)</source>
        <translation>推理執行緒(&amp;T)（重新啟動後生效）</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::MriAnalysis</name>
    <message>
        <source>Not run: %1.</source>
        <translation>未執行：%1。</translation>
    </message>
    <message>
        <source>The %1 expert carried the largest share (%2%) of the fused decision.</source>
        <translation>%1 專家在融合決策中佔最大比重（%2%）。</translation>
    </message>
    <message>
        <source>This model was trained on synthetic phantoms; its scores say nothing about a patient.</source>
        <translation>此模型以合成體模訓練，其分數與任何病人無關。</translation>
    </message>
    <message>
        <source>No breast MRI model package is chosen (AI menu).</source>
        <translation>尚未選擇乳房 MRI 模型套件（AI 選單）。</translation>
    </message>
    <message>
        <source>The study has no %1 series; the package was trained to run without it, so it ran with that input masked (less information, read with care).</source>
        <translation>此檢查沒有 %1 序列；模型套件經訓練可在缺少該序列時執行，因此已遮蔽該輸入後執行（資訊較少，解讀時請審慎）。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::MriExplainer</name>
    <message>
        <source>Explanation map</source>
        <translation>解釋圖</translation>
    </message>
    <message>
        <source>Analyze the study first: the map explains a result.</source>
        <translation>請先分析檢查：解釋圖解釋的是一個結果。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::MultipartReader</name>
    <message>
        <source>A part of the answer is larger than 2 GiB.</source>
        <translation>回應的其中一部分大於 2 GiB。</translation>
    </message>
    <message>
        <source>The answer is not a valid multipart body (a boundary is not followed by a line end).</source>
        <translation>回應不是有效的多部分內容（邊界後沒有換行）。</translation>
    </message>
    <message>
        <source>The headers of a part of the answer are too long.</source>
        <translation>回應其中一部分的標頭過長。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::PacsDialog</name>
    <message>
        <source>Open from PACS</source>
        <translation>從 PACS 開啟</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>病人姓名</translation>
    </message>
    <message>
        <source>Patient name (DOE*)</source>
        <translation>病人姓名（DOE*）</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>病人編號</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>檢查登記號</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>成像方式</translation>
    </message>
    <message>
        <source>Modality (MR)</source>
        <translation>成像方式（MR）</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜尋(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>下一頁(&amp;N)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>病人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>成像方式</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Studies found</source>
        <translation>找到的檢查</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>影像</translation>
    </message>
    <message>
        <source>Series of the study</source>
        <translation>檢查的序列</translation>
    </message>
    <message>
        <source>&amp;Open Series</source>
        <translation>開啟序列(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) received, %1</source>
        <translation><numerusform>已接收 %n 幅影像，%1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) retrieved.</source>
        <translation><numerusform>已擷取 %n 幅影像。</numerusform></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message numerus="yes">
        <source>%n study(s) found.</source>
        <translation><numerusform>找到 %n 項檢查。</numerusform></translation>
    </message>
    <message>
        <source>Listing the series…</source>
        <translation>正在列出序列…</translation>
    </message>
    <message numerus="yes">
        <source>%n series.</source>
        <translation><numerusform>%n 個序列。</numerusform></translation>
    </message>
    <message>
        <source>Choose a study and one of its series.</source>
        <translation>請選擇一項檢查及其中一個序列。</translation>
    </message>
    <message>
        <source>Opened from the local cache.</source>
        <translation>已從本機快取開啟。</translation>
    </message>
    <message>
        <source>Retrieving…</source>
        <translation>正在擷取…</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在測試 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of the %n image(s) the archive listed arrived: the series is shown incomplete.</source>
        <translation><numerusform>影像庫列出的 %n 幅影像中只有 %1 幅送達：序列以不完整狀態顯示。</numerusform></translation>
    </message>
    <message>
        <source>%1 answers with these settings.</source>
        <translation>%1 以這些設定回應。</translation>
    </message>
    <message>
        <source>(phase 1 of %1 shown meanwhile)</source>
        <translation>（期間先顯示第 1 期，共 %1 期）</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::PacsServerForm</name>
    <message>
        <source>DICOMweb (QIDO-RS, WADO-RS, STOW-RS)</source>
        <translation>DICOMweb（QIDO-RS、WADO-RS、STOW-RS）</translation>
    </message>
    <message>
        <source>DIMSE (C-FIND, C-GET or C-MOVE, C-STORE)</source>
        <translation>DIMSE（C-FIND、C-GET 或 C-MOVE、C-STORE）</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>通訊協定</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>測試(&amp;T)</translation>
    </message>
    <message>
        <source>Ask the archive whether it answers to these settings</source>
        <translation>詢問影像庫是否回應這些設定</translation>
    </message>
    <message>
        <source>&amp;Archive:</source>
        <translation>影像庫(&amp;A)：</translation>
    </message>
    <message>
        <source>DICOMweb &amp;URL:</source>
        <translation>DICOMweb 網址(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>記住於系統鑰匙圈(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Host, port, AE title:</source>
        <translation>主機、連接埠、AE 名稱(&amp;H)：</translation>
    </message>
    <message>
        <source>C-GET (no port to open)</source>
        <translation>C-GET（無需開放連接埠）</translation>
    </message>
    <message>
        <source>C-MOVE to our storage port</source>
        <translation>C-MOVE 至本機儲存連接埠</translation>
    </message>
    <message>
        <source>&amp;Our AE title, retrieval, port:</source>
        <translation>本機 AE 名稱、擷取方式、連接埠(&amp;O)：</translation>
    </message>
    <message>
        <source>Archive host</source>
        <translation>影像庫主機</translation>
    </message>
    <message>
        <source>Archive port</source>
        <translation>影像庫連接埠</translation>
    </message>
    <message>
        <source>Archive AE title</source>
        <translation>影像庫 AE 名稱</translation>
    </message>
    <message>
        <source>Our AE title</source>
        <translation>本機 AE 名稱</translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>擷取方式</translation>
    </message>
    <message>
        <source>Our storage port</source>
        <translation>本機儲存連接埠</translation>
    </message>
    <message>
        <source>The archive sends C-MOVE results to this port of this computer; it must know our AE title with this address and port.</source>
        <translation>影像庫會把 C-MOVE 結果傳送到本電腦的這個連接埠；影像庫必須以此位址及連接埠登記本機的 AE 名稱。</translation>
    </message>
    <message>
        <source>Enter the archive's DICOMweb URL first.</source>
        <translation>請先輸入影像庫的 DICOMweb 網址。</translation>
    </message>
    <message>
        <source>Enter the archive's host first.</source>
        <translation>請先輸入影像庫的主機。</translation>
    </message>
    <message>
        <source>AE titles have 1 to 16 characters (letters, digits, spaces, no backslash): enter the archive's and ours.</source>
        <translation>AE 名稱由 1 至 16 個字元組成（字母、數字、空格，不可有反斜線）：請輸入影像庫及本機的名稱。</translation>
    </message>
    <message>
        <source>The password is kept for this session only: %1</source>
        <translation>密碼只會在本次工作階段保留：%1</translation>
    </message>
    <message>
        <source>Archive name</source>
        <translation>影像庫名稱</translation>
    </message>
    <message>
        <source>Choose an archive set up before, or type a name for a new one</source>
        <translation>選擇之前設定的影像庫，或輸入新影像庫的名稱</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Forget this archive and its password or token</source>
        <translation>忘記此影像庫及其密碼或權杖</translation>
    </message>
    <message>
        <source>HTTPS certificates are always verified</source>
        <translation>HTTPS 憑證一律會驗證</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>無需驗證</translation>
    </message>
    <message>
        <source>User and password</source>
        <translation>使用者及密碼</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 權杖</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>驗證</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Authe&amp;ntication:</source>
        <translation>驗證(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>權杖(&amp;T)：</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>權杖</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>%1 is forgotten.</source>
        <translation>已忘記 %1。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>逾時</translation>
    </message>
    <message>
        <source>A request fails when the archive sends nothing for this long</source>
        <translation>檔案庫在這段時間內沒有傳送任何資料時，請求即告失敗</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>逾時(&amp;O)：</translation>
    </message>
    <message>
        <source>Certificate aut&amp;horities:</source>
        <translation>證書機構(&amp;H)：</translation>
    </message>
    <message>
        <source>The system's (a PEM file for a hospital's own)</source>
        <translation>系統的（醫院自有的請用 PEM 檔案）</translation>
    </message>
    <message>
        <source>Certificate authorities file</source>
        <translation>證書機構檔案</translation>
    </message>
    <message>
        <source>HTTPS certificates are always verified: against the system's authorities and those in this file</source>
        <translation>HTTPS 證書一律經過驗證：依據系統的證書機構及此檔案中的證書機構</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>瀏覽(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose the certificate authorities file</source>
        <translation>選擇證書機構檔案</translation>
    </message>
    <message>
        <source>Certificate Authorities</source>
        <translation>證書機構</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 證書 (*.pem *.crt *.cer);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read or holds no PEM certificate: choose the file of certificate authorities again, or leave it empty.</source>
        <translation>無法讀取 %1，或其中沒有 PEM 證書：請重新選擇證書機構檔案，或留空。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::Preferences</name>
    <message>
        <source>The inference device must be automatic, CPU or CUDA.</source>
        <translation>推理裝置必須是自動、CPU 或 CUDA。</translation>
    </message>
    <message>
        <source>Inference threads must be between 0 (automatic) and %1.</source>
        <translation>推理執行緒必須介乎 0（自動）至 %1。</translation>
    </message>
    <message>
        <source>The slide tile cache must be between %1 and %2 MiB.</source>
        <translation>切片圖塊快取必須介乎 %1 至 %2 MiB。</translation>
    </message>
    <message>
        <source>The feature cache limit must be between 0 (no limit) and %1 GiB.</source>
        <translation>特徵快取上限必須介乎 0（不限）至 %1 GiB。</translation>
    </message>
    <message>
        <source>The model folder %1 does not exist or cannot be read.</source>
        <translation>模型資料夾 %1 不存在或無法讀取。</translation>
    </message>
    <message>
        <source>The theme must be dark or light.</source>
        <translation>主題必須是深色或淺色。</translation>
    </message>
    <message>
        <source>The font size must be between 6 and 32 points, or the desktop's.</source>
        <translation>字型大小必須介乎 6 至 32 點，或使用桌面預設。</translation>
    </message>
    <message>
        <source>The PACS cache limit must be between 0 (no limit) and %1 GiB.</source>
        <translation>PACS 快取上限必須介乎 0（不限）至 %1 GiB。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>AI inference (applies at the next start)</source>
        <translation>人工智能推理（下次啟動時生效）</translation>
    </message>
    <message>
        <source>Automatic (CUDA if present)</source>
        <translation>自動（如有 CUDA 則使用）</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>裝置(&amp;D)：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>執行緒(&amp;T)：</translation>
    </message>
    <message>
        <source>Memory and disk</source>
        <translation>記憶體和磁碟</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Decoded slide tiles kept in memory: more makes panning back faster</source>
        <translation>保留在記憶體中的已解碼切片圖塊：越多，平移返回越快</translation>
    </message>
    <message>
        <source>Slide &amp;tile cache:</source>
        <translation>切片圖塊快取(&amp;T)：</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Patch features kept on disk so a slide analysed again is not encoded again; the oldest go first</source>
        <translation>保留在磁碟上的影像塊特徵，再次分析同一切片時無須重新編碼；最舊的先移除</translation>
    </message>
    <message>
        <source>&amp;Feature cache limit:</source>
        <translation>特徵快取上限(&amp;F)：</translation>
    </message>
    <message>
        <source>Model folders</source>
        <translation>模型資料夾</translation>
    </message>
    <message>
        <source>Searched for model packages besides OncoView's own folders.</source>
        <translation>除 OncoView 自己的資料夾外，亦在此搜尋模型套件。</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>新增資料夾(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Add Model Folder</source>
        <translation>新增模型資料夾</translation>
    </message>
    <message>
        <source>Chat &amp;Server…</source>
        <translation>對話伺服器(&amp;S)…</translation>
    </message>
    <message>
        <source>Where MedDr questions go: an OpenAI-compatible server or a local model</source>
        <translation>MedDr 問題的傳送目的地：OpenAI 相容伺服器或本機模型</translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation>檢視</translation>
    </message>
    <message>
        <source>Left button moves the MRI cursor</source>
        <translation>左鍵移動 MRI 游標</translation>
    </message>
    <message>
        <source>Off: the left button adjusts window and level, as in Slicer and ITK-SNAP; Shift+left moves the cursor</source>
        <translation>關閉時：左鍵調整窗寬和窗位，與 Slicer 及 ITK-SNAP 相同；Shift+左鍵移動游標</translation>
    </message>
    <message>
        <source>&amp;Language (at the next start):</source>
        <translation>語言（下次啟動時生效）(&amp;L)：</translation>
    </message>
    <message>
        <source>Dark (reading room)</source>
        <translation>深色（閱片室）</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>主題(&amp;H)：</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 點</translation>
    </message>
    <message>
        <source>The desktop's</source>
        <translation>桌面預設</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>字型大小(&amp;F)：</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>目前使用：%1</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>未儲存：</translation>
    </message>
    <message>
        <source>Series retrieved from archives, kept so they open again without a download; the least recently opened go first</source>
        <translation>從影像庫擷取的序列，保留以便再次開啟時無須下載；最久未開啟的先移除</translation>
    </message>
    <message>
        <source>&amp;PACS cache limit:</source>
        <translation>PACS 快取上限(&amp;P)：</translation>
    </message>
    <message>
        <source>Millimetres (mm, mm²)</source>
        <translation>毫米（mm、mm²）</translation>
    </message>
    <message>
        <source>Centimetres (cm, cm²)</source>
        <translation>厘米（cm、cm²）</translation>
    </message>
    <message>
        <source>MRI &amp;lengths:</source>
        <translation>MRI 長度單位(&amp;L)：</translation>
    </message>
    <message>
        <source>Micrometres (µm, µm²)</source>
        <translation>微米（µm、µm²）</translation>
    </message>
    <message>
        <source>Slide annotation &amp;measures:</source>
        <translation>切片標註量度單位(&amp;M)：</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>縮放</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Window and level</source>
        <translation>窗寬及窗位</translation>
    </message>
    <message>
        <source>Move the cursor</source>
        <translation>移動游標</translation>
    </message>
    <message>
        <source>Right button drag</source>
        <translation>右鍵拖曳</translation>
    </message>
    <message>
        <source>Middle button drag</source>
        <translation>中鍵拖曳</translation>
    </message>
    <message>
        <source>MRI right, middle &amp;button:</source>
        <translation>MRI 右鍵、中鍵(&amp;B)：</translation>
    </message>
    <message>
        <source>The wheel zooms (Ctrl+wheel moves through the slices)</source>
        <translation>滾輪縮放（Ctrl+滾輪切換切面）</translation>
    </message>
    <message>
        <source>PACS Arc&amp;hives…</source>
        <translation>PACS 檔案庫(&amp;H)…</translation>
    </message>
    <message>
        <source>The archives OncoView searches and sends results to: name, address, authentication, certificates, timeout</source>
        <translation>OncoView 搜尋及傳送結果的檔案庫：名稱、位址、驗證、證書、逾時</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>沒有最近開啟的檔案</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清除清單</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::RegionExportDialog</name>
    <message>
        <source>The selected &amp;annotation's bounding box</source>
        <translation>所選標註的外框(&amp;A)</translation>
    </message>
    <message>
        <source>What the &amp;view shows</source>
        <translation>視圖顯示的範圍(&amp;V)</translation>
    </message>
    <message>
        <source>Export Slide Region</source>
        <translation>匯出切片區域</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> µm/px</source>
        <translation> µm/px</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>解像度(&amp;R)：</translation>
    </message>
    <message>
        <source> × downsample</source>
        <translation> × 縮小倍數</translation>
    </message>
    <message>
        <source>&amp;Downsample:</source>
        <translation>縮小倍數(&amp;D)：</translation>
    </message>
    <message>
        <source>Resolution of the exported image</source>
        <translation>匯出影像的解像度</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>(too large: at most %1 pixels a side; choose a coarser resolution)</source>
        <translation>（太大：每邊最多 %1 像素；請選擇較低的解像度）</translation>
    </message>
    <message>
        <source>TIFF with pixel size (*.tif *.tiff);;PNG (*.png)</source>
        <translation>附像素大小的 TIFF (*.tif *.tiff);;PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::ReportDocument</name>
    <message>
        <source>OncoView case report · AI results are not a diagnosis</source>
        <translation>OncoView 病例報告 · 人工智能結果並非診斷</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>無法寫入 %1：資料夾不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>病例報告</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>無法寫入 %1：無法開始建立 PDF。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>AI-drafted.</source>
        <translation>人工智能起草。</translation>
    </message>
    <message>
        <source>Drafted by %1 and edited, but not yet approved by a reader: check it against the images.</source>
        <translation>由 %1 起草並經修改，但尚未經閱片者批准：請對照影像核實。</translation>
    </message>
    <message>
        <source>Written by %1 from the case's measurements, kinetics and AI results; not reviewed by a reader.</source>
        <translation>由 %1 根據病例的測量、動力學和人工智能結果撰寫；未經閱片者審閱。</translation>
    </message>
    <message>
        <source>Reviewed and approved by %1 on %2.</source>
        <translation>已由 %1 於 %2 審閱並批准。</translation>
    </message>
    <message>
        <source>A first draft was written by %1.</source>
        <translation>初稿由 %1 撰寫。</translation>
    </message>
    <message>
        <source>No findings were written.</source>
        <translation>沒有撰寫所見。</translation>
    </message>
    <message>
        <source>Not a validated clinical model.</source>
        <translation>並非經驗證的臨床模型。</translation>
    </message>
    <message>
        <source>Its output is for research and demonstration and must not be used for diagnosis.</source>
        <translation>其輸出僅供研究和示範，不得用於診斷。</translation>
    </message>
    <message>
        <source>Intended use: %1</source>
        <translation>預期用途：%1</translation>
    </message>
    <message>
        <source>Contribution of each input:</source>
        <translation>各輸入的貢獻：</translation>
    </message>
    <message>
        <source>Shapley value of each sequence (points of %1 probability):</source>
        <translation>各序列的 Shapley 值（%1 機率的百分點）：</translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation>來源：</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Answer by %1</source>
        <translation>%1 的回答</translation>
    </message>
    <message>
        <source>Made on %1 by %2 with %3.</source>
        <translation>由 %2 於 %1 以 %3 製作。</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>影像</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>測量</translation>
    </message>
    <message>
        <source>Kinetic curves</source>
        <translation>動力學曲線</translation>
    </message>
    <message>
        <source>AI results</source>
        <translation>人工智能結果</translation>
    </message>
    <message>
        <source>Explanations of the AI results</source>
        <translation>人工智能結果的解釋</translation>
    </message>
    <message>
        <source>From the chat with the assistant</source>
        <translation>摘自與助手的對話</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>關於本報告</translation>
    </message>
    <message>
        <source>The AI results, explanations and chat answers in this report come from software models named with each of them. They support a reader and do not replace one: nothing here is a diagnosis. A model not validated for clinical use is marked so.</source>
        <translation>本報告中的人工智能結果、解釋和對話回答來自各自註明的軟件模型。它們協助閱片者，但不能取代閱片者：此處沒有任何內容是診斷。未經臨床驗證的模型均有標示。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::RestoreBar</name>
    <message>
        <source>Restore session</source>
        <translation>還原工作階段</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新開啟</translation>
    </message>
    <message>
        <source>Crash report…</source>
        <translation>當機報告…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>the study %1</source>
        <translation>檢查 %1</translation>
    </message>
    <message>
        <source>the slide %1</source>
        <translation>切片 %1</translation>
    </message>
    <message>
        <source>OncoView did not close normally last time (%1).</source>
        <translation>OncoView 上次未有正常關閉（%1）。</translation>
    </message>
    <message>
        <source>OncoView crashed last time (%1); a report was saved without patient data.</source>
        <translation>OncoView 上次當機（%1）；已儲存一份不含病人資料的報告。</translation>
    </message>
    <message>
        <source>Reopen %1?</source>
        <translation>重新開啟%1？</translation>
    </message>
    <message>
        <source> and </source>
        <translation>及</translation>
    </message>
    <message>
        <source>Opens again what was open when OncoView ended; unsaved annotations are then offered from their recovery files</source>
        <translation>重新開啟 OncoView 結束時已開啟的內容；未儲存的標註其後會從其復原檔案提供還原</translation>
    </message>
    <message>
        <source>Crash report</source>
        <translation>當機報告</translation>
    </message>
    <message>
        <source>Saved in %1. It names the signal, the versions, your last actions and the program's stack; no patient data and no file paths. Attach it to a bug report.</source>
        <translation>已儲存於 %1。報告列出訊號、版本、你最近的操作及程式堆疊；不含病人資料，亦不含檔案路徑。請將其附加到錯誤報告。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::SeriesBrowser</name>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message numerus="yes">
        <source>, %n phase(s)</source>
        <translation><numerusform>，%n 期</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n 個警告</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped</source>
        <translation><numerusform>已略過 %n 個檔案</numerusform></translation>
    </message>
    <message>
        <source> · derived map</source>
        <translation> · 衍生圖</translation>
    </message>
    <message>
        <source>Series of the study (the arrow keys show each)</source>
        <translation>檢查的序列（方向鍵逐一顯示）</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::ShortcutSheet</name>
    <message>
        <source>Keyboard and Mouse</source>
        <translation>鍵盤及滑鼠</translation>
    </message>
    <message>
        <source>Filter, e.g. zoom or Ctrl+D</source>
        <translation>篩選，例如 縮放 或 Ctrl+D</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>篩選快速鍵</translation>
    </message>
    <message>
        <source>Keyboard and mouse shortcuts</source>
        <translation>鍵盤及滑鼠快速鍵</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::SlideAnalysis</name>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>已取消；未保留任何結果。</translation>
    </message>
    <message>
        <source>No slide model package is chosen (AI menu).</source>
        <translation>尚未選擇切片模型套件（AI 選單）。</translation>
    </message>
    <message>
        <source>Slide (probability)</source>
        <translation>切片（機率）</translation>
    </message>
    <message numerus="yes">
        <source>%n tissue patch(es) at %1 µm/px were read and weighed by attention.</source>
        <translation><numerusform>已以 %1 µm/px 讀取 %n 個組織影像塊，並按注意力加權。</numerusform></translation>
    </message>
    <message>
        <source>The %1 most attended patches carry %2% of the attention; they are outlined in the heatmap and listed in the Slide analysis panel.</source>
        <translation>注意力最高的 %1 個影像塊佔全部注意力的 %2%；它們已在熱圖中標出輪廓，並列於「切片分析」面板。</translation>
    </message>
    <message>
        <source>Patch features came from the cache (same slide file and package).</source>
        <translation>影像塊特徵取自快取（相同的切片檔案及模型套件）。</translation>
    </message>
    <message>
        <source>Patch features were computed at %1 patches/s and cached.</source>
        <translation>影像塊特徵以每秒 %1 個的速度計算，並已存入快取。</translation>
    </message>
    <message>
        <source>The slide's µm/px (%1) was entered by the user, not read from the file.</source>
        <translation>切片的 µm/px（%1）由使用者輸入，並非從檔案讀取。</translation>
    </message>
    <message>
        <source>This model was trained on synthetic tissue; its scores say nothing about a patient.</source>
        <translation>此模型以合成組織訓練，其分數與任何病人無關。</translation>
    </message>
    <message>
        <source>(%1, %2) µm</source>
        <translation>(%1, %2) µm</translation>
    </message>
    <message>
        <source>The most attended patches (%1 µm squares) are centred at %2, from the slide's top-left corner; attention is relative weight, not probability.</source>
        <translation>最受注意的圖塊（%1 µm 正方形）中心位於 %2（由切片左上角起計）；注意力是相對權重，並非概率。</translation>
    </message>
    <message>
        <source>Attention rollout through the aggregator's layers%1 shares %2 of its %3 strongest patches with the attention map; its strongest patch is centred at (%4, %5) µm.</source>
        <translation>經聚合器各層的注意力展開%1，其 %3 個最強圖塊中有 %2 個與注意力圖相同；其最強圖塊中心位於 (%4, %5) µm。</translation>
    </message>
    <message>
        <source>No attention rollout: %1</source>
        <translation>沒有注意力展開：%1</translation>
    </message>
    <message>
        <source>The analysis resumed where an earlier run stopped: %1 of %2 patches were encoded then; the rest at %3 patches/s.</source>
        <translation>分析從先前中斷之處繼續：當時已編碼 %2 個影像塊中的 %1 個；其餘以每秒 %3 個的速度編碼。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::SlideAnalysisDock</name>
    <message>
        <source>Slide analysis</source>
        <translation>切片分析</translation>
    </message>
    <message>
        <source>Analyze &amp;Slide</source>
        <translation>分析切片(&amp;S)</translation>
    </message>
    <message>
        <source>Analyze Slide</source>
        <translation>分析切片</translation>
    </message>
    <message>
        <source>Run the slide model on the open slide (nothing runs until you ask)</source>
        <translation>以切片模型分析已開啟的切片（你要求前不會執行任何分析）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Attention heatmap</source>
        <translation>注意力熱圖</translation>
    </message>
    <message>
        <source>Detected tissue instead</source>
        <translation>改為顯示偵測到的組織</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Hide below</source>
        <translation>低於此值隱藏</translation>
    </message>
    <message>
        <source>Low → high attention, relative to the most attended patch. Attention is the model's weighting of patches, not a probability of tumour.</source>
        <translation>注意力由低 → 高，以注意力最高的影像塊為基準。注意力是模型對各影像塊的權重，並非腫瘤的機率。</translation>
    </message>
    <message>
        <source>Most attended patches (click to go there)</source>
        <translation>注意力最高的影像塊（點擊可前往）</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Finding tissue…</source>
        <translation>正在尋找組織…</translation>
    </message>
    <message>
        <source>Package: %1 %2</source>
        <translation>模型套件：%1 %2</translation>
    </message>
    <message>
        <source>No slide model package is chosen (AI menu).</source>
        <translation>尚未選擇切片模型套件（AI 選單）。</translation>
    </message>
    <message>
        <source>%1 of %2 patches · %3 patches/s · about %4 s left</source>
        <translation>%1／%2 個影像塊 · 每秒 %3 個 · 約餘 %4 秒</translation>
    </message>
    <message>
        <source>Weighing the patches (attention)…</source>
        <translation>正在為影像塊加權（注意力）…</translation>
    </message>
    <message>
        <source>%1 patches, %2 s%3</source>
        <translation>%1 個影像塊，%2 秒%3</translation>
    </message>
    <message>
        <source> (features from the cache)</source>
        <translation>（特徵取自快取）</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Attention %1% · level-0 (%2, %3)</source>
        <translation>注意力 %1% · 第 0 層座標（%2, %3）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Save the attention map as QuPath GeoJSON tiles or as a PNG with a world file</source>
        <translation>將注意力圖儲存為 QuPath GeoJSON 圖塊，或附世界檔的 PNG</translation>
    </message>
    <message>
        <source>Export attention map</source>
        <translation>匯出注意力圖</translation>
    </message>
    <message>
        <source>QuPath GeoJSON tiles (*.geojson);;PNG with world file (*.png)</source>
        <translation>QuPath GeoJSON 圖塊 (*.geojson);;附世界檔的 PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>There is no attention map to export yet.</source>
        <translation>尚無可匯出的注意力圖。</translation>
    </message>
    <message>
        <source>MIL attention</source>
        <translation>MIL 注意力</translation>
    </message>
    <message>
        <source>Attention rollout</source>
        <translation>注意力展開（rollout）</translation>
    </message>
    <message>
        <source>MIL attention: the aggregator's weight of each patch. Attention rollout: how much each patch flows into the class token through all of the aggregator's attention layers.</source>
        <translation>MIL 注意力：聚合器對每個圖塊的權重。注意力展開：每個圖塊經聚合器所有注意力層流入類別標記的程度。</translation>
    </message>
    <message>
        <source>Slide map</source>
        <translation>切片圖</translation>
    </message>
    <message>
        <source>No attention rollout: %1</source>
        <translation>沒有注意力展開：%1</translation>
    </message>
    <message>
        <source> (resumed from an earlier run)</source>
        <translation>（從先前的執行繼續）</translation>
    </message>
    <message>
        <source>Patches with the most attention</source>
        <translation>注意力最高的影像塊</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::SlideInfoWidget</name>
    <message>
        <source>Property</source>
        <translation>屬性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>（無法讀取）</translation>
    </message>
    <message>
        <source>Slide properties</source>
        <translation>切片屬性</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::StudyInputsDialog</name>
    <message>
        <source>Study inputs for %1</source>
        <translation>%1 的輸入序列</translation>
    </message>
    <message>
        <source>Which series feeds each input of the model. The guess comes from the series' DICOM tags and descriptions.</source>
        <translation>模型每個輸入所用的序列。預設配對是根據各序列的 DICOM 標籤及描述推測。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>%1 — %2 phase(s), %3</source>
        <translation>%1 — %2 期，%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n volume(s))</source>
        <translation><numerusform>%1（%n 個容積）</numerusform></translation>
    </message>
    <message>
        <source>Remember for studies of this protocol (same series descriptions)</source>
        <translation>記住此設定，套用於同一掃描方案的檢查（序列描述相同）</translation>
    </message>
    <message>
        <source>Analyze</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Missing: the model was trained to run without it (masked).</source>
        <translation>缺少：模型經訓練可在缺少此輸入時執行（會被遮蔽）。</translation>
    </message>
    <message>
        <source>Missing: the model cannot run without it.</source>
        <translation>缺少：缺少此輸入時模型無法執行。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::StudyLoader</name>
    <message>
        <source>The study could not be read.</source>
        <translation>無法讀取此檢查。</translation>
    </message>
    <message>
        <source>No DICOM or NIfTI images found.</source>
        <translation>找不到 DICOM 或 NIfTI 影像。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::ViewImageDialog</name>
    <message>
        <source>&amp;Screen resolution</source>
        <translation>螢幕解像度(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Twice the screen resolution (2×)</source>
        <translation>兩倍螢幕解像度 (2×)(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Overlays: colour layers, annotations, measurements, crosshair and labels</source>
        <translation>疊加層(&amp;O)：彩色圖層、標註、測量、十字線及標籤</translation>
    </message>
    <message>
        <source>Save View Image</source>
        <translation>儲存視圖影像</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>儲存(&amp;S)…</translation>
    </message>
    <message>
        <source>The image has the view's pixels on screen</source>
        <translation>影像與視圖在螢幕上的像素相同</translation>
    </message>
    <message>
        <source>The view is rendered again with twice as many pixels each way</source>
        <translation>視圖以每個方向兩倍的像素重新渲染</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, PNG</source>
        <translation>%1 × %2 像素，PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 影像 (*.png)</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::WorkspaceController</name>
    <message>
        <source>&amp;Automatic: What Is Open</source>
        <translation>自動：按已開啟的內容(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Radiology: MRI Only</source>
        <translation>放射科：只顯示 MRI(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pathology: Slide Only</source>
        <translation>病理科：只顯示切片(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Case: MRI and Slide Side by Side</source>
        <translation>病例：MRI 與切片並排(&amp;C)</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::XaiControls</name>
    <message>
        <source>Show map</source>
        <translation>顯示圖</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>只顯示輪廓</translation>
    </message>
    <message>
        <source>Explanation method</source>
        <translation>解釋方法</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>解釋</translation>
    </message>
    <message>
        <source>Compute the map of the last MRI result with this method</source>
        <translation>以此方法計算最近一次 MRI 結果的解釋圖</translation>
    </message>
    <message>
        <source>Show or hide the explanation map (X)</source>
        <translation>顯示或隱藏解釋圖（X）</translation>
    </message>
    <message>
        <source>top above p</source>
        <translation>只顯示高於 p</translation>
    </message>
    <message>
        <source>Hide the voxels below this percentile of the map's magnitudes</source>
        <translation>隱藏低於此圖數值幅度此百分位的體素</translation>
    </message>
    <message>
        <source>Threshold percentile</source>
        <translation>閾值百分位</translation>
    </message>
    <message>
        <source>Map opacity</source>
        <translation>圖的不透明度</translation>
    </message>
    <message>
        <source>Opacity of the map</source>
        <translation>圖的不透明度</translation>
    </message>
    <message>
        <source>Go to maximum</source>
        <translation>前往最大值</translation>
    </message>
    <message>
        <source>Move the cursor to the map's strongest evidence</source>
        <translation>將游標移到此圖最強的證據</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Save the map as NIfTI on the study's patient space</source>
        <translation>以檢查的病人空間將此圖儲存為 NIfTI</translation>
    </message>
    <message>
        <source>Ask MedDr</source>
        <translation>詢問 MedDr</translation>
    </message>
    <message>
        <source>Put the result, its explanation and the view with the map into the chat; you see and send the question yourself</source>
        <translation>把結果、其解釋及帶圖的視圖放入對話；問題由你檢視並自行傳送</translation>
    </message>
    <message>
        <source>Class explained</source>
        <translation>解釋的類別</translation>
    </message>
    <message>
        <source>The class whose evidence the map shows</source>
        <translation>此圖顯示其證據的類別</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>並排…</translation>
    </message>
    <message>
        <source>Show this map beside the same result explained by another method</source>
        <translation>將此圖與以另一方法解釋的同一結果並排顯示</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::dimse</name>
    <message>
        <source>%1 does not know our AE title %2 as a destination: add it to the archive's modalities with this computer's address and port %3, or retrieve with C-GET.</source>
        <translation>%1 不認識本機的 AE 名稱 %2 作為目的地：請以本電腦的位址及連接埠 %3 把它加入影像庫的設備列表，或改用 C-GET 擷取。</translation>
    </message>
    <message>
        <source>%1 could not send this series (DICOM status 0x%2): it may have been deleted or moved.</source>
        <translation>%1 無法傳送此序列（DICOM 狀態 0x%2）：它可能已被刪除或移走。</translation>
    </message>
    <message>
        <source>%1 of the series' instances did not arrive from %2.</source>
        <translation>序列中有 %1 個實例未從 %2 送達。</translation>
    </message>
    <message>
        <source>%1 sent no instance of this series: it may have been deleted.</source>
        <translation>%1 沒有傳送此序列的任何實例：它可能已被刪除。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 instances %3 sent arrived.</source>
        <translation>%3 傳送的 %2 個實例中只有 %1 個送達。</translation>
    </message>
    <message>
        <source>%1 is not a DICOM file that can be sent (%2).</source>
        <translation>%1 不是可傳送的 DICOM 檔案（%2）。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::dimse::Association</name>
    <message>
        <source>%1 does not offer %2.</source>
        <translation>%1 不提供 %2。</translation>
    </message>
    <message>
        <source>%1 refused the association: check that it knows our AE title %2 and that its own AE title is %3.</source>
        <translation>%1 拒絕了連線關聯：請確認它認識本機的 AE 名稱 %2，而它自己的 AE 名稱是 %3。</translation>
    </message>
    <message>
        <source>%1 refused the connection: check the host and port, and that the archive is running.</source>
        <translation>%1 拒絕了連線：請檢查主機及連接埠，並確認影像庫正在運作。</translation>
    </message>
    <message>
        <source>Cannot find the host of %1: check its name.</source>
        <translation>找不到 %1 的主機：請檢查其名稱。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 在 %2 秒內沒有回應。</translation>
    </message>
    <message>
        <source>%1 broke off the %2: check that the archive lets our AE title %3 do this (its list of known modalities).</source>
        <translation>%1 中斷了 %2：請確認影像庫允許本機的 AE 名稱 %3 進行此操作（其已知設備列表）。</translation>
    </message>
    <message>
        <source>The %1 with %2 failed: %3.</source>
        <translation>與 %2 的 %1 失敗：%3。</translation>
    </message>
    <message>
        <source>%1 refused the %2 (DICOM status 0x%3): check that it lets our AE title %4 do this.</source>
        <translation>%1 拒絕了 %2（DICOM 狀態 0x%3）：請確認它允許本機的 AE 名稱 %4 進行此操作。</translation>
    </message>
    <message>
        <source>%1 does not answer in DICOM: check the port (is it the archive's web port?).</source>
        <translation>%1 沒有以 DICOM 回應：請檢查連接埠（是否影像庫的網頁連接埠？）。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::dimse::InstanceSink</name>
    <message>
        <source>Cannot write a received instance into %1 (%2): check the free space.</source>
        <translation>無法把收到的實例寫入 %1（%2）：請檢查可用空間。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::dimse::StorageScp</name>
    <message>
        <source>Cannot receive the series on port %1 (%2): choose another port for our storage SCP, and tell the archive.</source>
        <translation>無法在連接埠 %1 接收序列（%2）：請為本機儲存 SCP 選擇另一個連接埠，並通知影像庫。</translation>
    </message>
    <message>
        <source>This series is already being retrieved.</source>
        <translation>此序列已在擷取中。</translation>
    </message>
</context>
</TS>