<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_HK">
<context>
    <name>ChatDock</name>
    <message>
        <source>MedDr chat</source>
        <translation>MedDr 對話</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ask MedDr about the image on screen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;No chat server is configured, so nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;When connected to an OpenAI-compatible server (LMDeploy, vLLM, llama.cpp) or a local model package, the current MRI panel or slide viewport is attached as rendered pixels only &amp;mdash; never DICOM headers or patient identifiers &amp;mdash; and you see exactly what will be sent before the first message.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Answers from a language model are not a diagnosis.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;向 MedDr 查詢畫面上的影像。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;尚未設定對話伺服器，因此不會傳送任何資料。&lt;/p&gt;&lt;p&gt;連接 OpenAI 相容伺服器（LMDeploy、vLLM、llama.cpp）或本機模型套件後，只會附上目前 MRI 面板或切片視窗的已渲染像素 &amp;mdash; 絕不包括 DICOM 標頭或病人識別資料 &amp;mdash; 並會在首次傳送前讓你確認將傳送的內容。&lt;/p&gt;&lt;p&gt;&lt;i&gt;語言模型的回答並非診斷。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Chat backend not configured</source>
        <translation>未設定對話後端</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
</context>
<context>
    <name>DemoController</name>
    <message>
        <source>Demo preparation stopped.</source>
        <translation>示範資料準備已停止。</translation>
    </message>
</context>
<context>
    <name>ExplanationsDock</name>
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
</context>
<context>
    <name>InferenceQueueDock</name>
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
</context>
<context>
    <name>InferenceService</name>
    <message>
        <source>AI engine: idle</source>
        <translation>AI 引擎：閒置</translation>
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
    <name>MainWindow</name>
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
        <source>Slides (*.svs *.tif *.tiff *.ndpi *.vms *.vmu *.scn *.mrxs *.svslide *.bif);;All files (*)</source>
        <translation>切片 (*.svs *.tif *.tiff *.ndpi *.vms *.vmu *.scn *.mrxs *.svslide *.bif);;所有檔案 (*)</translation>
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
        <source>&lt;p&gt;&lt;b&gt;OncoView %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Research workstation for breast MRI and whole-slide pathology with AI assistance.&lt;/p&gt;&lt;p&gt;AI output is labelled with its model's validation status. Demonstration models are trained on synthetic data and are not for diagnosis.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;OncoView %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;結合人工智能輔助的乳房 MRI 及全切片病理研究工作站。&lt;/p&gt;&lt;p&gt;AI 輸出會標示其模型的驗證狀態。示範模型以合成資料訓練，不可用於診斷。&lt;/p&gt;</translation>
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
</context>
<context>
    <name>MriAnalysis</name>
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
</context>
<context>
    <name>MriViewer</name>
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
        <source>Training the demo slide model on synthetic textures</source>
        <translation>正在以合成紋理訓練示範切片模型</translation>
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
</context>
<context>
    <name>RecentFiles</name>
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
    <name>SeriesBrowser</name>
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
</context>
<context>
    <name>SlideView</name>
    <message>
        <source>No slide open</source>
        <translation>未開啟切片</translation>
    </message>
    <message>
        <source>Some tiles could not be read: %1</source>
        <translation>部分圖塊無法讀取：%1</translation>
    </message>
</context>
<context>
    <name>StudyLoader</name>
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
    <name>TaskProgress</name>
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
</context>
</TS>